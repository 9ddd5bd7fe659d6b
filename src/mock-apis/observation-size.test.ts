import { describe, expect, it } from 'vitest';
import { llama3TokenCounter } from '../adapters/llama3-tokenizer/llama3-token-counter';
import { renderObservation } from '../core/format/python-literal';
import type { ToolArguments } from '../core/tools/tool-definition';
import { createTestWorld } from './testing/create-test-world';
import { AREAS, CUISINES, DAYS, HOTEL_TYPES, PRICE_RANGES, STATIONS } from './world/vocabulary';

const TOKEN_BUDGET = 250;
const { call } = createTestWorld();

/** Every combination of "absent or one of these" for each argument. */
function combinations(options: Record<string, readonly (string | undefined)[]>): ToolArguments[] {
  return Object.entries(options).reduce<ToolArguments[]>(
    (partial, [name, values]) =>
      partial.flatMap((args) =>
        values.map((value) => (value === undefined ? args : { ...args, [name]: value })),
      ),
    [{}],
  );
}

async function largestObservation(tool: string, queries: ToolArguments[]) {
  let largest = { tokens: 0, text: '' };
  for (const query of queries) {
    const result = await call(tool, query);
    if (!result.ok) continue;
    const text = renderObservation(result.data);
    const tokens = llama3TokenCounter.count(text);
    if (tokens > largest.tokens) largest = { tokens, text };
  }
  return largest;
}

const anyOf = <T extends string>(values: readonly T[]) => [undefined, ...values];

describe('search observations stay within the token budget', () => {
  it('restaurants, for every combination of area, food and price range', async () => {
    const queries = combinations({
      area: anyOf(AREAS),
      food: anyOf(CUISINES),
      price_range: anyOf(PRICE_RANGES),
    });
    const largest = await largestObservation('FindRestaurants', queries);
    expect(largest.tokens, largest.text).toBeLessThanOrEqual(TOKEN_BUDGET);
  });

  it('hotels, for every combination of area, type, price range and stars', async () => {
    const queries = combinations({
      area: anyOf(AREAS),
      type: anyOf(HOTEL_TYPES),
      price_range: anyOf(PRICE_RANGES),
      stars: anyOf(['0', '4']),
      parking: anyOf(['yes']),
    });
    const largest = await largestObservation('FindHotels', queries);
    expect(largest.tokens, largest.text).toBeLessThanOrEqual(TOKEN_BUDGET);
  });

  // A search naming no station and no day (all 2,814 trains, every day) renders about 280
  // tokens; an agent asks where and when before searching, so the budget covers the rest.
  it('trains, for every route and day with and without times', async () => {
    const queries = combinations({
      departure: anyOf(STATIONS),
      destination: anyOf(STATIONS),
      day: anyOf(DAYS),
      leave_after: anyOf(['10:00']),
    }).filter((query) => query.departure ?? query.destination ?? query.day);
    const largest = await largestObservation('FindTrains', queries);
    expect(largest.tokens, largest.text).toBeLessThanOrEqual(TOKEN_BUDGET);
  });
});
