import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCall } from '../format/python-literal';
import type { ArgumentValue, ToolArguments } from '../tools/tool-definition';
import { parseModelOutput } from './parse-model-output';
import type { ParsedCall } from './parsed-output';

const identifier = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/);

/** Strings with everything a renderer must escape: quotes, backslashes, controls, lone surrogates. */
const awkwardCharacter = fc.oneof(
  fc.constantFrom("'", '"', '\\', '\n', '\r', '\t', '\x00', '\x7f', '\u2028', '`', '(', ')', ','),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
);
const argumentString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({
    unit: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 1 }), awkwardCharacter),
    maxLength: 20,
  }),
);

const scalar: fc.Arbitrary<ArgumentValue> = fc.oneof(
  argumentString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
);
const argumentValue: fc.Arbitrary<ArgumentValue> = fc.letrec<{ value: ArgumentValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
  ),
})).value;

const call: fc.Arbitrary<ParsedCall> = fc.record({
  name: identifier,
  arguments: fc
    .uniqueArray(fc.tuple(identifier, argumentValue), { selector: ([name]) => name, maxLength: 5 })
    .map((entries) => Object.fromEntries(entries) as ToolArguments),
});

const thoughtText = fc.stringMatching(/^[A-Za-z][A-Za-z ,.']{0,40}$/).map((text) => text.trim());
const trailingProse = fc.constantFrom(
  ' I will look that up.',
  '\nLet me know if that works.',
  '  (searching now)',
  '\n\nDone.',
);
const endToken = fc.constantFrom(
  '<|eot_id|>',
  '<|eom_id|>',
  '<|end_of_text|>',
  '<|eot_id|><|end_of_text|>',
);

describe('parseModelOutput properties', () => {
  it('reads back every call renderCall writes, exactly', () => {
    fc.assert(
      fc.property(call, (original) => {
        expect(parseModelOutput(renderCall(original))).toEqual({
          kind: 'actions',
          calls: [original],
        });
      }),
      { numRuns: 3000, seed: 101 },
    );
  });

  it('reads back a rendered call inside any mix of Thought, label, fence, prose and tokens', () => {
    const wrapping = fc.record({
      thought: fc.option(thoughtText, { nil: undefined }),
      label: fc.boolean(),
      fence: fc.boolean(),
      prose: fc.option(trailingProse, { nil: undefined }),
      token: fc.option(endToken, { nil: undefined }),
      header: fc.boolean(),
    });
    fc.assert(
      fc.property(call, wrapping, (original, wrap) => {
        let body = renderCall(original);
        if (wrap.fence) body = '```python\n' + body + '\n```';
        if (wrap.label) body = 'Action: ' + body;
        if (wrap.prose) body += wrap.prose;
        if (wrap.token) body += wrap.token;
        const thought = wrap.thought ? `Thought: ${wrap.thought}\n` : '';
        const header = wrap.header ? '<|start_header_id|>assistant<|end_header_id|>\n\n' : '';
        const expected = wrap.thought
          ? { kind: 'actions', thought: wrap.thought, calls: [original] }
          : { kind: 'actions', calls: [original] };
        expect(parseModelOutput(header + thought + body)).toEqual(expected);
      }),
      { numRuns: 3000, seed: 202 },
    );
  });

  it('reads back a call written as JSON, alone or in a list', () => {
    // JSON has no -0 (it writes 0), so compare with what JSON itself reads back.
    fc.assert(
      fc.property(call, fc.boolean(), (original, inList) => {
        const object = { name: original.name, arguments: original.arguments };
        const text = JSON.stringify(inList ? [object] : object);
        const expected = JSON.parse(JSON.stringify(object)) as ParsedCall;
        expect(parseModelOutput(text)).toEqual({ kind: 'actions', calls: [expected] });
      }),
      { numRuns: 1000, seed: 606 },
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(['actions', 'reply', 'malformed']).toContain(parseModelOutput(text).kind);
      }),
      { numRuns: 2000, seed: 303 },
    );
  });

  it('never throws on mutations of valid outputs', () => {
    const mutation = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 4 }),
      insert: fc.string({
        unit: fc.constantFrom(
          '(',
          ')',
          "'",
          '"',
          '\\',
          '=',
          ',',
          '[',
          ']',
          '{',
          '}',
          '\n',
          'a',
          '1',
        ),
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(
        call,
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (original, mutations) => {
          let text = 'Thought: go\nAction: ' + renderCall(original);
          for (const { at, remove, insert } of mutations) {
            const index = at % (text.length + 1);
            text = text.slice(0, index) + insert + text.slice(index + remove);
          }
          expect(['actions', 'reply', 'malformed']).toContain(parseModelOutput(text).kind);
        },
      ),
      { numRuns: 2000, seed: 404 },
    );
  });
});
