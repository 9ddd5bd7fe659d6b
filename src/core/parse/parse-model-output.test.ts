import { describe, expect, it } from 'vitest';
import type { ToolArguments } from '../tools/tool-definition';
import { parseModelOutput } from './parse-model-output';
import type { ParsedOutput } from './parsed-output';

const find = (args: ToolArguments) => ({ name: 'FindRestaurants', arguments: args });

describe('parseModelOutput: actions', () => {
  it.each<[string, string, ParsedOutput]>([
    [
      'CRA call with an Action label',
      'Action: FindRestaurants(area=\'centre\', food="thai", people=4, parking=True)',
      {
        kind: 'actions',
        calls: [find({ area: 'centre', food: 'thai', people: 4, parking: true })],
      },
    ],
    [
      'a call without the label',
      "FindRestaurants(area='centre')",
      { kind: 'actions', calls: [find({ area: 'centre' })] },
    ],
    [
      'escapes in both quote styles',
      `FindRestaurants(name='Nando\\'s', note="say \\"hi\\"\\n", path='a\\\\b', u='\\u00e9\\x41')`,
      {
        kind: 'actions',
        calls: [find({ name: "Nando's", note: 'say "hi"\n', path: 'a\\b', u: 'éA' })],
      },
    ],
    [
      'numbers, negatives, exponents, constants, nested lists',
      'F(a=-3, b=2.5, c=-0.25, d=1e3, e=None, f=False, g=[1, [2, "x"]], h=(1, 2), i=1_000)',
      {
        kind: 'actions',
        calls: [
          {
            name: 'F',
            arguments: {
              a: -3,
              b: 2.5,
              c: -0.25,
              d: 1000,
              e: null,
              f: false,
              g: [1, [2, 'x']],
              h: [1, 2],
              i: 1000,
            },
          },
        ],
      },
    ],
    [
      'unquoted words, read as the strings they stand for',
      'BookRestaurant(name=bedouin, time=19:00, day=2024-05-01)',
      {
        kind: 'actions',
        calls: [
          {
            name: 'BookRestaurant',
            arguments: { name: 'bedouin', time: '19:00', day: '2024-05-01' },
          },
        ],
      },
    ],
    [
      'a multi-line Thought before the action',
      "Thought: The user wants thai food\nin the centre.\nAction: FindRestaurants(food='thai')",
      {
        kind: 'actions',
        thought: 'The user wants thai food\nin the centre.',
        calls: [find({ food: 'thai' })],
      },
    ],
    [
      'Thought and Action on one line',
      "Thought: search first. Action: FindRestaurants(food='thai')",
      { kind: 'actions', thought: 'search first.', calls: [find({ food: 'thai' })] },
    ],
    [
      'a JSON object with arguments',
      '{"name": "FindRestaurants", "arguments": {"area": "centre", "people": 2}}',
      { kind: 'actions', calls: [find({ area: 'centre', people: 2 })] },
    ],
    [
      'a JSON object with parameters, after the python tag',
      '<|python_tag|>{"name": "FindRestaurants", "parameters": {"parking": true, "x": null}}<|eom_id|>',
      { kind: 'actions', calls: [find({ parking: true, x: null })] },
    ],
    [
      'an OpenAI-style call with a JSON string of arguments',
      '{"function": {"name": "FindRestaurants", "arguments": "{\\"area\\": \\"west\\"}"}}',
      { kind: 'actions', calls: [find({ area: 'west' })] },
    ],
    [
      'a JSON list of calls',
      '[\n  {"name": "A", "arguments": {"x": 1}},\n  {"name": "B", "arguments": {}}\n]',
      {
        kind: 'actions',
        calls: [
          { name: 'A', arguments: { x: 1 } },
          { name: 'B', arguments: {} },
        ],
      },
    ],
    [
      'a bracketed list of calls',
      "[f(a=1), g(b='x')]",
      {
        kind: 'actions',
        calls: [
          { name: 'f', arguments: { a: 1 } },
          { name: 'g', arguments: { b: 'x' } },
        ],
      },
    ],
    [
      'one action per line',
      'Action: A(x=1)\nAction: B(y=2)',
      {
        kind: 'actions',
        calls: [
          { name: 'A', arguments: { x: 1 } },
          { name: 'B', arguments: { y: 2 } },
        ],
      },
    ],
    [
      'a code fence with a language tag',
      "```python\nFindRestaurants(area='north')\n```",
      { kind: 'actions', calls: [find({ area: 'north' })] },
    ],
    [
      'a code fence after the Action label',
      "Action: ```\nFindRestaurants(area='north')\n```",
      { kind: 'actions', calls: [find({ area: 'north' })] },
    ],
    [
      'trailing prose after the call',
      "FindRestaurants(area='east') I will now look this up for you.",
      { kind: 'actions', calls: [find({ area: 'east' })] },
    ],
    [
      'trailing prose on the next line that is not a call',
      "Action: FindRestaurants(area='east')\nLet me know (please) what you think.",
      { kind: 'actions', calls: [find({ area: 'east' })] },
    ],
    [
      'stray end-of-turn and header tokens',
      "<|start_header_id|>assistant<|end_header_id|>\n\nAction: FindRestaurants(area='south')<|eot_id|><|end_of_text|>",
      { kind: 'actions', calls: [find({ area: 'south' })] },
    ],
    [
      'prose before an Action line becomes the thought',
      "Sure, let me check.\nAction: FindRestaurants(area='centre')",
      { kind: 'actions', thought: 'Sure, let me check.', calls: [find({ area: 'centre' })] },
    ],
    [
      'a cued thought (no label), then an unlabelled call line',
      " The user wants thai food.\nFindRestaurants(food='thai')",
      { kind: 'actions', thought: 'The user wants thai food.', calls: [find({ food: 'thai' })] },
    ],
    [
      'a cued thought, then an Action line',
      " The user wants thai food.\nAction: FindRestaurants(food='thai')",
      { kind: 'actions', thought: 'The user wants thai food.', calls: [find({ food: 'thai' })] },
    ],
    [
      'an Action label in the middle of prose',
      "Let me look. Action: FindRestaurants(area='west')",
      { kind: 'actions', thought: 'Let me look.', calls: [find({ area: 'west' })] },
    ],
    [
      'a thought that mentions "action:" in passing',
      "Thought: I should take action: search now\nFindRestaurants(area='west')",
      {
        kind: 'actions',
        thought: 'I should take action: search now',
        calls: [find({ area: 'west' })],
      },
    ],
    [
      'the functions. prefix of Llama tool prompts',
      "functions.FindRestaurants(area='west')",
      { kind: 'actions', calls: [find({ area: 'west' })] },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseModelOutput(text)).toEqual(expected);
  });
});
