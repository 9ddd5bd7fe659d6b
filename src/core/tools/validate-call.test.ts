import { describe, expect, it } from 'vitest';
import type { ToolArguments, ToolError } from './tool-definition';
import { createToolRegistry } from './tool-registry';
import { fixtureTools } from './testing/fixture-tools';

const registry = createToolRegistry(fixtureTools);
const booking = { name: 'the cow', people: 2, time: '19:00' };

describe('validate: coercion', () => {
  it.each<[string, string, ToolArguments, ToolArguments]>([
    ['enum case-folding', 'FindPlaces', { area: 'Centre' }, { area: 'centre' }],
    ['enum synonym through normalize', 'FindPlaces', { area: 'Center' }, { area: 'centre' }],
    [
      'None for an optional parameter is dropped',
      'FindPlaces',
      { area: 'north', food: null },
      { area: 'north' },
    ],
    [
      'string trimming',
      'FindPlaces',
      { area: 'north', food: '  thai ' },
      { area: 'north', food: 'thai' },
    ],
    ['integer from a string', 'BookTable', { ...booking, people: '4' }, { ...booking, people: 4 }],
    ['integer from 4.0', 'BookTable', { ...booking, people: 4.0 }, { ...booking, people: 4 }],
    ['integer from "4.0"', 'BookTable', { ...booking, people: '4.0' }, { ...booking, people: 4 }],
    [
      'number from a string',
      'BookTable',
      { ...booking, budget: '2.5' },
      { ...booking, budget: 2.5 },
    ],
    ['string normalize', 'BookTable', { ...booking, time: '7pm' }, { ...booking, time: '19:00' }],
    [
      'boolean from "yes"',
      'BookTable',
      { ...booking, outdoor: 'yes' },
      { ...booking, outdoor: true },
    ],
    [
      'boolean from "true"',
      'BookTable',
      { ...booking, outdoor: 'true' },
      { ...booking, outdoor: true },
    ],
    [
      'boolean from "False"',
      'BookTable',
      { ...booking, outdoor: 'False' },
      { ...booking, outdoor: false },
    ],
    ['boolean True', 'BookTable', { ...booking, outdoor: true }, { ...booking, outdoor: true }],
    ['a number for a string', 'BookTable', { ...booking, name: 7 }, { ...booking, name: '7' }],
    [
      'argument names case-folded',
      'BookTable',
      { Name: 'the cow', People: 2, time: '19:00' },
      booking,
    ],
    ['tool name case-folded', 'bookTABLE', booking, booking],
  ])('%s', (_case, name, args, expected) => {
    const result = registry.validate({ name, arguments: args });
    expect(result).toMatchObject({ ok: true, arguments: expected });
    if (result.ok) expect(Object.keys(result.arguments)).toEqual(Object.keys(expected));
  });
});

describe('validate: errors a model can act on', () => {
  it.each<[string, string, ToolArguments, ToolError]>([
    [
      'unknown tool',
      'FindHotels',
      {},
      {
        code: 'unknown-tool',
        message:
          'There is no tool named FindHotels. Available tools: FindPlaces, BookTable, Broken.',
        allowed: 'FindPlaces, BookTable, Broken',
      },
    ],
    [
      'unknown argument',
      'FindPlaces',
      { area: 'north', cuisine: 'thai' },
      {
        code: 'unknown-argument',
        message: 'FindPlaces has no argument cuisine. Its arguments are: area, food, price_range.',
        argument: 'cuisine',
        allowed: 'area, food, price_range',
      },
    ],
    [
      'missing required argument',
      'FindPlaces',
      { food: 'thai' },
      {
        code: 'missing-argument',
        message:
          'FindPlaces needs area (one of: centre, north, south). Ask the user for it if it is unknown.',
        argument: 'area',
        allowed: 'one of: centre, north, south',
      },
    ],
    [
      'None for a required argument',
      'BookTable',
      { ...booking, people: null },
      expect.objectContaining({ code: 'missing-argument', argument: 'people' }) as ToolError,
    ],
    [
      'nothing but spaces for a required argument (read as not given)',
      'BookTable',
      { ...booking, name: '  ' },
      expect.objectContaining({ code: 'missing-argument', argument: 'name' }) as ToolError,
    ],
    [
      'enum value outside the list',
      'FindPlaces',
      { area: 'east' },
      {
        code: 'invalid-argument',
        message: "FindPlaces: area must be one of: centre, north, south, got 'east'.",
        argument: 'area',
        allowed: 'one of: centre, north, south',
      },
    ],
    [
      'integer above the maximum',
      'BookTable',
      { ...booking, people: 12 },
      {
        code: 'invalid-argument',
        message: 'BookTable: people must be an integer from 1 to 8, got 12.',
        argument: 'people',
        allowed: 'an integer from 1 to 8',
      },
    ],
  ])('%s', (_case, name, args, expected) => {
    expect(registry.validate({ name, arguments: args })).toEqual({ ok: false, error: expected });
  });

  it.each<[string, ToolArguments, string, RegExp]>([
    ['a fractional integer', { ...booking, people: 2.5 }, 'people', /an integer from 1 to 8/],
    ['an integer below the minimum', { ...booking, people: '0' }, 'people', /from 1 to 8/],
    ['a word for an integer', { ...booking, people: 'many' }, 'people', /an integer/],
    ['a negative budget', { ...booking, budget: -1 }, 'budget', /a finite number of at least 0/],
    [
      'a time normalize rejects',
      { ...booking, time: 'soon' },
      'time',
      /a time as HH:MM, got 'soon'/,
    ],
    ['an unclear boolean', { ...booking, outdoor: 'maybe' }, 'outdoor', /True or False/],
    ['a list for a scalar', { ...booking, name: ['a', 'b'] }, 'name', /not a list/],
    ['a boolean for a string', { ...booking, name: true }, 'name', /got True/],
  ])('rejects %s', (_case, args, argument, message) => {
    const result = registry.validate({ name: 'BookTable', arguments: args });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', argument } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('reports an argument written twice in different cases', () => {
    const result = registry.validate({
      name: 'FindPlaces',
      arguments: { area: 'north', AREA: 'south' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', argument: 'area' },
    });
  });
});

describe('validate: booleans for yes/no enums', () => {
  const yesNo = (raw: string) =>
    ({ true: 'yes', false: 'no', free: 'yes' })[raw.toLowerCase()] as string | undefined;
  const findHotels = createToolRegistry([
    {
      name: 'FindStays',
      description: 'Search stays.',
      kind: 'search',
      parameters: {
        parking: { type: 'enum', description: 'Parking.', values: ['yes', 'no'], normalize: yesNo },
      },
      execute: async () => ({ ok: true, data: {} }),
    },
  ]);

  it.each<[boolean | string, string]>([
    [true, 'yes'],
    [false, 'no'],
    ['free', 'yes'],
  ])('parking=%s becomes %s through the parameter normalizer', (value, expected) => {
    const result = findHotels.validate({ name: 'FindStays', arguments: { parking: value } });
    expect(result.ok && result.arguments).toEqual({ parking: expected });
  });

  it('a boolean with no mapping is still refused with the allowed values', () => {
    const result = createToolRegistry(fixtureTools).validate({
      name: 'FindPlaces',
      arguments: { area: true },
    });
    expect(result.ok ? undefined : result.error.allowed).toBe('one of: centre, north, south');
  });
});
