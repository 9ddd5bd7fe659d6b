/**
 * Outputs the decoding grammar built from the fixture tools must take and must refuse, in every
 * dialect it is sent in (xgrammar EBNF for web-llm and vLLM, GBNF for llama.cpp).
 */
export const GRAMMAR_ACCEPTS: readonly string[] = [
  "Action: FindPlaces(area='centre')",
  "Action: FindPlaces(area=\"north\", food='thai', price_range='cheap')",
  'Action: FindPlaces(food=None)',
  'Action: FindPlaces()',
  "Thought: They want thai.\nAction: FindPlaces(food='th\\'ai \\\\ \\n ok')",
  "Action: BookTable(name='the cow', people=4, time='19:00', budget=-2.5e3, outdoor=True)",
  "Action: BookTable(name = 'x',people=10)",
  "Action: Broken(reference='REF1')",
  'System: Which area would you like?',
  'Thought: need the area\nSystem: Which area?\nThe centre or the north?',
  "Action: FindPlaces(food='日本料理 ☕ 𝄞')",
];

export const GRAMMAR_REJECTS: readonly (readonly [string, string])[] = [
  ['an unknown function', "Action: FindHotels(area='centre')"],
  ['an unknown argument', "Action: FindPlaces(cuisine='thai')"],
  ['an enum value outside the list', "Action: FindPlaces(area='east')"],
  ['a repeated argument', "Action: FindPlaces(food='a', food='b')"],
  ['arguments out of signature order', "Action: FindPlaces(food='thai', area='north')"],
  ['a positional argument', "Action: FindPlaces('centre')"],
  ['a quoted integer', "Action: BookTable(name='x', people='4')"],
  ['a float for an integer', 'Action: BookTable(people=4.5)'],
  ['None for a required argument', 'Action: BookTable(name=None)'],
  ['lowercase true', 'Action: BookTable(outdoor=true)'],
  ['a call without the label', "FindPlaces(area='centre')"],
  ['an unterminated call', "Action: FindPlaces(area='centre'"],
  ['an unterminated string', "Action: FindPlaces(food='thai)"],
  ['trailing prose', "Action: FindPlaces(area='centre') thanks"],
  ['an empty reply', 'System: '],
  ['a thought alone', 'Thought: hmm\n'],
  ['JSON', '{"name": "FindPlaces", "arguments": {}}'],
];
