import type { ToolDefinition } from '../tool-definition';

/**
 * Small tools for the registry's own tests (the real booking tools live in src/mock-apis).
 * They cover every parameter type, a normalizer, optional parameters and a tool that throws.
 */

const areaSynonyms: Readonly<Record<string, string>> = { center: 'centre', downtown: 'centre' };

export const findPlaces: ToolDefinition = {
  name: 'FindPlaces',
  description: 'Search places.',
  kind: 'search',
  domain: 'restaurant',
  parameters: {
    area: {
      type: 'enum',
      description: 'Part of town.',
      values: ['centre', 'north', 'south'],
      normalize: (raw) => areaSynonyms[raw],
    },
    food: { type: 'string', description: 'Cuisine.', required: false },
    price_range: {
      type: 'enum',
      description: 'Price.',
      values: ['cheap', 'moderate', 'expensive'],
      required: false,
    },
  },
  execute: async (args) => ({ ok: true, data: { count: 1, query: args } }),
};

export const bookTable: ToolDefinition = {
  name: 'BookTable',
  description: 'Book a table.',
  kind: 'booking',
  parameters: {
    name: { type: 'string', description: 'Venue.' },
    people: { type: 'integer', description: 'Party size.', minimum: 1, maximum: 8 },
    time: {
      type: 'string',
      description: 'Time.',
      format: 'a time as HH:MM',
      normalize: (raw) => {
        const match = /^(\d{1,2})(?::(\d{2}))?\s*(pm|am)?$/i.exec(raw);
        if (!match) return undefined;
        const hour = Number(match[1]) + (match[3]?.toLowerCase() === 'pm' ? 12 : 0);
        return hour < 24 ? `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}` : undefined;
      },
    },
    budget: { type: 'number', description: 'Budget.', minimum: 0, required: false },
    outdoor: { type: 'boolean', description: 'Outside.', required: false },
  },
  execute: async (args) => ({ ok: true, data: { reference: 'REF1', booked: args } }),
};

export const brokenTool: ToolDefinition = {
  name: 'Broken',
  description: 'Always throws.',
  kind: 'lookup',
  parameters: { reference: { type: 'string', description: 'Ref.', required: false } },
  execute: async () => {
    throw new Error('backend down');
  },
};

export const fixtureTools: readonly ToolDefinition[] = [findPlaces, bookTable, brokenTool];
