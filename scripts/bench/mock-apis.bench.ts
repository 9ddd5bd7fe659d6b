// Mock booking APIs: search latency over random queries, the size of the generated world, and
// the time to generate it at load. Prints one JSON line per metric.
import { gzipSync } from 'node:zlib';
import { createMemoryKeyValueStore } from '../../src/core/storage/memory-key-value-store';
import type { ToolArguments } from '../../src/core/tools/tool-definition';
import { createToolRegistry } from '../../src/core/tools/tool-registry';
import {
  AREAS,
  createBookingWorld,
  createKeyValueBookingRepository,
  CUISINES,
  DAYS,
  generateWorldData,
  PRICE_RANGES,
  STATIONS,
} from '../../src/mock-apis/index';
import { createSeededRandom, pickOne } from '../../src/core/random/seeded-random';

const QUERIES = 10_000;

function report(metric: string, value: number, unit: string) {
  console.log(
    JSON.stringify({ bench: 'mock-apis', metric, value: Number(value.toFixed(4)), unit }),
  );
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

function maybe<T>(random: () => number, values: readonly T[]): T | undefined {
  return random() < 0.5 ? pickOne(random, values) : undefined;
}

function randomQuery(random: () => number): { tool: string; args: ToolArguments } {
  const defined = (args: Record<string, string | undefined>): ToolArguments =>
    Object.fromEntries(
      Object.entries(args).filter((entry): entry is [string, string] => entry[1] !== undefined),
    );
  if (random() < 0.5) {
    const hour = String(5 + Math.floor(random() * 18)).padStart(2, '0');
    return {
      tool: 'FindTrains',
      args: defined({
        departure: pickOne(random, STATIONS),
        destination: pickOne(random, STATIONS),
        day: pickOne(random, DAYS),
        leave_after: random() < 0.5 ? `${hour}:15` : undefined,
        arrive_by: random() < 0.3 ? `${hour}:45` : undefined,
      }),
    };
  }
  return {
    tool: 'FindRestaurants',
    args: defined({
      area: maybe(random, AREAS),
      food: maybe(random, CUISINES),
      price_range: maybe(random, PRICE_RANGES),
    }),
  };
}

async function main() {
  const generationTimes: number[] = [];
  for (let run = 0; run < 20; run += 1) {
    const started = performance.now();
    generateWorldData();
    generationTimes.push(performance.now() - started);
  }
  generationTimes.sort((left, right) => left - right);

  const world = createBookingWorld({
    latencyMs: 0,
    bookings: createKeyValueBookingRepository(createMemoryKeyValueStore()),
  });
  // Timed through the registry, so each query includes its one validation, as in the app.
  const registry = createToolRegistry(world.tools);
  const random = createSeededRandom(12345);
  const queries = Array.from({ length: QUERIES }, () => randomQuery(random));
  // Warm the JIT so the figure reflects steady use, not the first calls.
  for (const query of queries.slice(0, 500))
    await registry.dispatch(
      { name: query.tool, arguments: query.args },
      { conversationId: 'bench' },
    );
  const durations: number[] = [];
  for (const query of queries) {
    const started = performance.now();
    await registry.dispatch(
      { name: query.tool, arguments: query.args },
      { conversationId: 'bench' },
    );
    durations.push(performance.now() - started);
  }
  durations.sort((left, right) => left - right);

  report('search_p50_ms', percentile(durations, 0.5), 'ms');
  report('search_p95_ms', percentile(durations, 0.95), 'ms');
  report('data_gzip_kb', gzipSync(JSON.stringify(world.data)).length / 1024, 'KB');
  report('generate_median_ms', percentile(generationTimes, 0.5), 'ms');
}

await main();
