/**
 * Booking tools with the real tools' names and parameters over a tiny fixed world, for the
 * core's tests (the mock APIs are the real thing; these keep the core's tests independent of
 * them).
 */
import type { ToolDefinition, ToolResult } from '../../tools/tool-definition';
import { hotels, restaurants } from './fixture-records';

function matches(record: Record<string, unknown>, args: Record<string, unknown>): boolean {
  return Object.entries(args).every(
    ([key, value]) =>
      value === null ||
      value === undefined ||
      String(record[key]).toLowerCase() === String(value).toLowerCase(),
  );
}

function search(
  records: readonly Record<string, unknown>[],
  args: Record<string, unknown>,
): ToolResult {
  const found = records.filter((record) => matches(record, args));
  if (found.length === 0)
    return {
      ok: false,
      error: { code: 'no-match', message: 'Nothing matches these constraints.' },
      data: { count: 0 },
    };
  return { ok: true, data: { count: found.length, results: found.slice(0, 3) } };
}

function reference(seed: string): string {
  let hash = 7;
  for (const character of seed) hash = (hash * 31 + character.charCodeAt(0)) % 2_176_782_336;
  return hash.toString(36).toUpperCase().padStart(8, '0').slice(0, 8);
}

const optionalText = (description: string) => ({
  type: 'string' as const,
  description,
  required: false,
});
const requiredText = (description: string) => ({ type: 'string' as const, description });
const people = {
  type: 'integer' as const,
  description: 'number of people',
  minimum: 1,
  maximum: 8,
};

export const fixtureTools: ToolDefinition[] = [
  {
    name: 'FindRestaurants',
    description: 'Find restaurants',
    kind: 'search',
    domain: 'restaurant',
    parameters: {
      area: optionalText('area'),
      food: optionalText('food'),
      price_range: optionalText('price range'),
      name: optionalText('name'),
    },
    execute: (args) => Promise.resolve(search(restaurants, args)),
  },
  {
    name: 'ReserveRestaurant',
    description: 'Book a table',
    kind: 'booking',
    domain: 'restaurant',
    parameters: {
      name: requiredText('restaurant'),
      people,
      day: requiredText('weekday'),
      time: requiredText('HH:MM'),
    },
    execute: (args) => {
      if (args.time === '20:00')
        return Promise.resolve({
          ok: false,
          error: {
            code: 'unavailable',
            message: 'No table is free at that time; try another time.',
          },
        });
      return Promise.resolve({
        ok: true,
        data: {
          reference: reference(JSON.stringify(args)),
          name: args.name ?? '',
          people: args.people ?? 1,
          day: args.day ?? '',
          time: args.time ?? '',
        },
      });
    },
  },
  {
    name: 'FindHotels',
    description: 'Find hotels',
    kind: 'search',
    domain: 'hotel',
    parameters: {
      area: optionalText('area'),
      type: optionalText('type'),
      price_range: optionalText('price range'),
      stars: optionalText('stars'),
      parking: optionalText('parking'),
      internet: optionalText('internet'),
      name: optionalText('name'),
    },
    execute: (args) => Promise.resolve(search(hotels, args)),
  },
  {
    name: 'ReserveHotel',
    description: 'Book rooms',
    kind: 'booking',
    domain: 'hotel',
    parameters: {
      name: requiredText('hotel'),
      people,
      day: requiredText('check-in weekday'),
      stay: { type: 'integer', description: 'nights', minimum: 1, maximum: 8 },
    },
    execute: (args) =>
      Promise.resolve({
        ok: true,
        data: {
          reference: reference(JSON.stringify(args)),
          name: args.name ?? '',
          nights: args.stay ?? 1,
        },
      }),
  },
  {
    name: 'FindTrains',
    description: 'Find trains',
    kind: 'search',
    domain: 'train',
    parameters: {
      departure: requiredText('from'),
      destination: requiredText('to'),
      day: requiredText('weekday'),
      leave_after: optionalText('leave after'),
      arrive_by: optionalText('arrive by'),
    },
    execute: (args) =>
      Promise.resolve({
        ok: true,
        data: {
          count: 2,
          results: [
            {
              train_id: 'TR2141',
              departure: args.departure ?? '',
              destination: args.destination ?? '',
              day: args.day ?? '',
              leave_at: '09:00',
              arrive_by: '09:51',
              duration: '51 minutes',
              price: '23.60 pounds',
            },
            {
              train_id: 'TR9562',
              departure: args.departure ?? '',
              destination: args.destination ?? '',
              day: args.day ?? '',
              leave_at: '11:00',
              arrive_by: '11:51',
              duration: '51 minutes',
              price: '23.60 pounds',
            },
          ],
        },
      }),
  },
  {
    name: 'BuyTrainTickets',
    description: 'Buy train tickets',
    kind: 'booking',
    domain: 'train',
    parameters: { train_id: requiredText('train id'), day: requiredText('weekday'), people },
    execute: (args) =>
      Promise.resolve({
        ok: true,
        data: {
          reference: reference(JSON.stringify(args)),
          train_id: args.train_id ?? '',
          total_fee: `${(23.6 * Number(args.people ?? 1)).toFixed(2)} pounds`,
        },
      }),
  },
];
