import { describe, expect, it } from 'vitest';
import { parseModelOutput } from './parse-model-output';
import type { ParsedOutput } from './parsed-output';

describe('parseModelOutput: replies', () => {
  it.each<[string, string, ParsedOutput]>([
    [
      'a System reply',
      'System: What area would you like?',
      { kind: 'reply', text: 'What area would you like?' },
    ],
    [
      'a System reply where an action was expected, after a Thought',
      'Thought: I need the area first.\nSystem: Which area?',
      { kind: 'reply', thought: 'I need the area first.', text: 'Which area?' },
    ],
    [
      'a multi-line reply ending in an end-of-turn token',
      'System: Two options:\n1. Bedouin\n2. Nandos<|eot_id|>',
      { kind: 'reply', text: 'Two options:\n1. Bedouin\n2. Nandos' },
    ],
    [
      'plain prose',
      'Sure (one moment), which day?',
      { kind: 'reply', text: 'Sure (one moment), which day?' },
    ],
    [
      'prose after a Thought and a blank line',
      'Thought: ask for the day\n\nWhich day suits you?',
      { kind: 'reply', thought: 'ask for the day', text: 'Which day suits you?' },
    ],
    [
      'a stray end-of-turn token before the reply',
      '<|eot_id|>\nSystem: Hello.<|eot_id|>Leftover text',
      { kind: 'reply', text: 'Hello.' },
    ],
    [
      'a reply the model continues with an invented user turn',
      'System: Booked, reference ABC.\nUser: thanks!\nSystem: You are welcome.',
      { kind: 'reply', text: 'Booked, reference ABC.' },
    ],
    [
      'prose with a line that only looks like a call',
      'Two options:\nBedouin(4 stars) in the centre',
      { kind: 'reply', text: 'Two options:\nBedouin(4 stars) in the centre' },
    ],
    [
      'prose starting with a bracket',
      '[Note] we are closed.',
      { kind: 'reply', text: '[Note] we are closed.' },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parseModelOutput(text)).toEqual(expected);
  });
});

describe('parseModelOutput: malformed', () => {
  it.each<[string, string, RegExp]>([
    ['empty text', '', /^empty output$/],
    ['only whitespace and tokens', '  <|eot_id|>\n', /^empty output$/],
    [
      'an unterminated call',
      "Action: FindRestaurants(area='centre'",
      /unterminated call.*missing '\)'/,
    ],
    ['an unterminated string', "FindRestaurants(area='centre)", /unterminated string/],
    [
      'a positional argument',
      "FindRestaurants('centre', food='thai')",
      /positional argument 1.*keyword-only/,
    ],
    ['an argument given twice', 'F(a=1, a=2)', /a is given twice/],
    ['a missing comma', "F(a=1 b='x')", /expected ',' or '\)' after a/],
    ['a label without a call', 'Action:', /Action label without a call/],
    [
      'a Thought and nothing else',
      'Thought: hmm, let me think',
      /Thought without an Action or System/,
    ],
    ['an empty reply', 'System:   ', /empty reply/],
    ['a JSON object without a name', '{"arguments": {"a": 1}}', /needs a "name"/],
    ['an empty list of calls', '[]', /empty/],
    ['a dictionary as an argument value', 'F(a={"b": 1})', /dictionary/],
    ['a nested call as a value', 'F(a=g(1))', /calls are not supported/],
    ['an unterminated bracket list', "[f(a=1), g(b='x')", /unterminated list of calls/],
    [
      'a labelled second action that is broken',
      'Action: A(x=1)\nAction: B(y=',
      /unterminated|missing/,
    ],
  ])('%s', (_name, text, reason) => {
    const parsed = parseModelOutput(text);
    expect(parsed.kind).toBe('malformed');
    if (parsed.kind !== 'malformed') return;
    expect(parsed.reason).toMatch(reason);
    expect(parsed.text).toBe(text);
  });

  it('keeps the thought of a malformed action', () => {
    const parsed = parseModelOutput('Thought: search\nAction: F(a=');
    expect(parsed).toMatchObject({ kind: 'malformed', thought: 'search' });
  });

  it('survives nesting deeper than the reader allows', () => {
    const parsed = parseModelOutput(`F(a=${'['.repeat(5000)}1${']'.repeat(5000)})`);
    expect(parsed).toMatchObject({ kind: 'malformed', reason: /nested more than 64/ });
  });
});
