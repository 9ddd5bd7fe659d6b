import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseModelOutput } from '../parse/parse-model-output';
import type {
  ArgumentValue,
  ParameterSpec,
  ToolDefinition,
  ValidArguments,
} from './tool-definition';
import { createToolRegistry } from './tool-registry';
import { bookTable, findPlaces } from './testing/fixture-tools';

const registry = createToolRegistry([findPlaces, bookTable]);
const booking = { name: 'the cow', people: 2, time: '19:00' };

function errorOf(result: ReturnType<typeof registry.validate>) {
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.arguments)}`);
  return result.error;
}

describe('the one validator: numbers are finite', () => {
  it('refuses people=1e999 as written by a model, saying why, and keeps what was written', () => {
    const parsed = parseModelOutput(
      "Action: BookTable(name='the cow', people=1e999, time='19:00')",
    );
    if (parsed.kind !== 'actions' || !parsed.calls[0]) throw new Error('not parsed as a call');
    // Infinity would be stored and exported as null; the text survives instead.
    expect(parsed.calls[0].arguments.people).toBe('1e999');
    const error = errorOf(registry.validate(parsed.calls[0]));
    expect(error).toMatchObject({ code: 'invalid-argument', argument: 'people' });
    expect(error.message).toBe(
      'BookTable: people must be an integer from 1 to 8, got 1e999, which is too large to be a finite number.',
    );
  });

  it.each<[string, ArgumentValue]>([
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
    ['NaN', NaN],
  ])('refuses %s for a number, an integer and a string parameter', (text, value) => {
    for (const argument of ['budget', 'people', 'name']) {
      const error = errorOf(
        registry.validate({ name: 'BookTable', arguments: { ...booking, [argument]: value } }),
      );
      expect(error.argument).toBe(argument);
      expect(error.message).toContain(`got ${text}, which is not a finite number`);
    }
  });

  it('refuses budget="1e999" (text too large for a number)', () => {
    const error = errorOf(
      registry.validate({ name: 'BookTable', arguments: { ...booking, budget: '1e999' } }),
    );
    expect(error.message).toMatch(/too large to be a finite number/);
  });
});

describe('the one validator: booleans', () => {
  it.each<[ArgumentValue, boolean]>([
    [true, true],
    ['True', true],
    ['yes', true],
    [false, false],
    ['FALSE', false],
    ['no', false],
  ])('reads %j as %s', (value, expected) => {
    const result = registry.validate({
      name: 'BookTable',
      arguments: { ...booking, outdoor: value },
    });
    expect(result.ok && result.arguments.outdoor).toBe(expected);
  });

  it.each<ArgumentValue>(['y', 'n', '1', '0', 'on', 'off', 1, 0, 'maybe'])(
    'refuses %j: a guess is not a yes',
    (value) => {
      const error = errorOf(
        registry.validate({ name: 'BookTable', arguments: { ...booking, outdoor: value } }),
      );
      expect(error).toMatchObject({ code: 'invalid-argument', allowed: 'True or False' });
    },
  );
});

describe('the one validator: names that must match one listed choice', () => {
  const venues = ['fox pasta bar', 'the golden fox', 'pasta palace', 'river inn'];
  const reserve: ToolDefinition = {
    name: 'Reserve',
    description: 'Book.',
    kind: 'booking',
    parameters: {
      name: {
        type: 'string',
        description: 'Venue.',
        normalize: (raw) =>
          raw
            .toLowerCase()
            .replace(/[^a-z0-9 ]/g, ' ')
            .replace(/\s+/g, ' ')
            .trim()
            .replace(/^the /, '') || undefined,
        choices: { noun: 'restaurant', names: () => venues },
      },
    },
    execute: async (args) => ({ ok: true, data: { booked: args.name } }),
  };
  const venueRegistry = createToolRegistry([reserve]);
  const validate = (name: string) =>
    venueRegistry.validate({ name: 'Reserve', arguments: { name } });

  it.each([
    ['Fox Pasta Bar.', 'fox pasta bar'],
    ['golden fox', 'the golden fox'],
    ['  RIVER   inn ', 'river inn'],
  ])('resolves %j to the listed name %j', (written, listed) => {
    expect(validate(written)).toMatchObject({ ok: true, arguments: { name: listed } });
  });

  it('refuses "not fox pasta bar, the other one" and lists the candidates', () => {
    const result = validate('not fox pasta bar, the other one');
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'unknown-name', argument: 'name' },
    });
    if (result.ok) return;
    expect(result.error.message).toContain(
      "no restaurant is called exactly 'not fox pasta bar, the other one'",
    );
    // The name it contains first, then names sharing a word with it.
    expect(result.data?.candidates).toEqual(['fox pasta bar', 'the golden fox', 'pasta palace']);
    expect(result.error.allowed).toBe('fox pasta bar, the golden fox, pasta palace');
  });

  it('refuses a partial name, offering every venue it could mean', () => {
    expect(validate('fox')).toMatchObject({
      ok: false,
      data: { candidates: ['fox pasta bar', 'the golden fox'] },
    });
  });

  it('refuses a name like nothing listed, and says to search', () => {
    const result = validate('the blue whale');
    expect(result).toMatchObject({ ok: false, data: { candidates: [] } });
    if (!result.ok) expect(result.error.message).toMatch(/Search first/);
  });
});

/** What a validated value must be for its parameter: the rules execute may rely on. */
function conforms(spec: ParameterSpec, value: unknown): boolean {
  switch (spec.type) {
    case 'integer':
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (spec.type === 'number' || Number.isInteger(value)) &&
        (spec.minimum === undefined || value >= spec.minimum) &&
        (spec.maximum === undefined || value <= spec.maximum)
      );
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && spec.values.includes(value);
    case 'string':
      return (
        typeof value === 'string' &&
        value.trim() !== '' &&
        (spec.normalize === undefined || spec.normalize(value) === value)
      );
  }
}

describe('the one validator: properties', () => {
  const tools = [findPlaces, bookTable];
  const value: fc.Arbitrary<ArgumentValue> = fc.oneof(
    fc.string(),
    fc.constantFrom('centre', 'Center', ' north ', '7pm', '19:00', '4', '4.0', '1e999', 'yes'),
    fc.constantFrom('y', 'on', '1', 'TRUE', 'moderate', '', '  '),
    fc.integer({ min: -3, max: 12 }),
    fc.double(),
    fc.constantFrom(Infinity, -Infinity, NaN, 1e308),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 2 }),
  );
  const names = fc.constantFrom(
    ...tools.flatMap((tool) => Object.keys(tool.parameters)),
    'Area',
    'surprise',
  );

  it('execute runs exactly when validation passes, and only ever sees conforming values', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...tools),
        fc.dictionary(names, value),
        async (tool, args) => {
          const seen: ValidArguments[] = [];
          const spy = createToolRegistry([
            {
              ...tool,
              execute: async (valid) => {
                seen.push(valid);
                return { ok: true, data: {} };
              },
            },
          ]);
          const result = await spy.dispatch(
            { name: tool.name, arguments: args },
            { conversationId: 'property' },
          );
          const validation = spy.validate({ name: tool.name, arguments: args });
          expect(seen.length).toBe(validation.ok ? 1 : 0);
          expect(result.ok).toBe(validation.ok);
          if (!result.ok) {
            expect(result.error.message.length).toBeGreaterThan(0);
            return;
          }
          const [valid] = seen;
          for (const [name, given] of Object.entries(valid ?? {})) {
            const spec = tool.parameters[name];
            expect(spec && conforms(spec, given), `${name}=${String(given)}`).toBe(true);
          }
          for (const [name, spec] of Object.entries(tool.parameters))
            if (spec.required !== false) expect(valid).toHaveProperty(name);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('validated arguments validate again to themselves (one canonical form)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tools), fc.dictionary(names, value), (tool, args) => {
        const first = registry.validate({ name: tool.name, arguments: args });
        if (!first.ok) return;
        const again = registry.validate({ name: tool.name, arguments: { ...first.arguments } });
        expect(again).toEqual(first);
      }),
      { numRuns: 1500 },
    );
  });
});
