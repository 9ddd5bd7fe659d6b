import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCall } from '../format/python-literal';
import type { ArgumentValue, ParameterSpec, ToolArguments } from './tool-definition';
import { createToolRegistry } from './tool-registry';
import { fixtureTools } from './testing/fixture-tools';
import { GRAMMAR_ACCEPTS, GRAMMAR_REJECTS } from './testing/grammar-cases';
import { loadXGrammar, type XGrammar } from './testing/load-xgrammar';

const registry = createToolRegistry(fixtureTools);
let xgrammar: XGrammar;
let accepts: (input: string) => Promise<boolean>;

beforeAll(async () => {
  xgrammar = loadXGrammar();
  const grammar = await xgrammar.Grammar.fromEBNF(registry.grammar());
  accepts = (input) => xgrammar.Testings.isGrammarAcceptString(grammar, input);
});

describe('tool grammar, checked with xgrammar', () => {
  it.each(GRAMMAR_ACCEPTS)('accepts %j', async (input) => {
    expect(await accepts(input)).toBe(true);
  });

  it.each(GRAMMAR_REJECTS)('rejects %s', async (_case, input) => {
    expect(await accepts(input)).toBe(false);
  });

  it('accepts every renderCall output for valid arguments, also after a Thought', async () => {
    const samples = fc.sample(validCall, { numRuns: 300, seed: 7 });
    for (const [index, call] of samples.entries()) {
      const text = (index % 2 ? 'Thought: checking.\n' : '') + `Action: ${renderCall(call)}`;
      expect(await accepts(text), text).toBe(true);
    }
  });

  it('honours allowReply and allowThought', async () => {
    const strict = await xgrammar.Grammar.fromEBNF(
      registry.grammar({ allowReply: false, allowThought: false }),
    );
    const check = (input: string) => xgrammar.Testings.isGrammarAcceptString(strict, input);
    expect(await check("Action: FindPlaces(area='north')")).toBe(true);
    expect(await check('System: hello')).toBe(false);
    expect(await check("Thought: x\nAction: FindPlaces(area='north')")).toBe(false);
  });

  it('starts with the thought text itself when the prompt cued the Thought', async () => {
    const cued = await xgrammar.Grammar.fromEBNF(registry.grammar({ cuedThought: true }));
    const check = (input: string) => xgrammar.Testings.isGrammarAcceptString(cued, input);
    expect(await check(" They want the north.\nAction: FindPlaces(area='north')")).toBe(true);
    expect(await check(' Ask first.\nSystem: Which area?')).toBe(true);
    expect(await check("Action: FindPlaces(area='north')")).toBe(false);
  });

  it('falls back to replies only when there are no tools', async () => {
    const grammar = await xgrammar.Grammar.fromEBNF(
      createToolRegistry([]).grammar({ allowReply: false }),
    );
    expect(await xgrammar.Testings.isGrammarAcceptString(grammar, 'System: hi')).toBe(true);
  });
});

/** Valid values per parameter type, so every generated call is one the grammar should take. */
function valueFor(spec: ParameterSpec): fc.Arbitrary<ArgumentValue> {
  const none = spec.required === false ? [fc.constant(null)] : [];
  switch (spec.type) {
    case 'string':
      return fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), ...none);
    case 'integer':
      return fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), ...none);
    case 'number':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), ...none);
    case 'boolean':
      return fc.oneof(fc.boolean(), ...none);
    case 'enum':
      return fc.oneof(fc.constantFrom(...spec.values), ...none);
  }
}

const validCall = fc.oneof(
  ...fixtureTools.map((tool) => {
    const entries = Object.entries(tool.parameters);
    return fc
      .tuple(...entries.map(([, spec]) => fc.option(valueFor(spec), { nil: undefined })))
      .map((values) => ({
        name: tool.name,
        arguments: Object.fromEntries(
          entries.flatMap(([name], index) =>
            values[index] === undefined ? [] : [[name, values[index]]],
          ),
        ) as ToolArguments,
      }));
  }),
);
