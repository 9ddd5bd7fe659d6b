import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import type { ToolArguments, ToolDefinition, ToolResult } from '../../core/tools/tool-definition';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { createKeyValueBookingRepository } from '../bookings/key-value-booking-repository';
import type { BookingWorld, BookingWorldOptions } from '../create-booking-world';
import { createBookingWorld } from '../create-booking-world';
import { createSeededRandom } from '../../core/random/seeded-random';

export const TEST_SEED = 20240611;

/** A world over an in-memory store, with a seeded random source and no latency. */
export function createTestWorld(
  options: Partial<BookingWorldOptions> & {
    store?: ReturnType<typeof createMemoryKeyValueStore>;
  } = {},
) {
  const store = options.store ?? createMemoryKeyValueStore();
  const world: BookingWorld = createBookingWorld({
    seed: TEST_SEED,
    latencyMs: 0,
    random: createSeededRandom(7),
    ...options,
    bookings: options.bookings ?? createKeyValueBookingRepository(store),
  });
  const tool = (name: string): ToolDefinition => {
    const found = world.tools.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`No tool ${name}`);
    return found;
  };
  const registry = createToolRegistry(world.tools);
  // Through the one validator, as the turn loop calls them: tools never see raw arguments.
  const call = (
    name: string,
    args: ToolArguments,
    conversationId = 'conversation-1',
    signal?: AbortSignal,
  ) =>
    registry.dispatch(
      { name, arguments: args },
      signal ? { conversationId, signal } : { conversationId },
    );
  return { world, store, tool, call, registry };
}

/** The data of a successful result; fails the test with the error otherwise. */
export function dataOf(result: ToolResult): Record<string, unknown> {
  if (!result.ok) throw new Error(`Expected success, got ${JSON.stringify(result.error)}`);
  return result.data;
}

export function errorOf(result: ToolResult) {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.data)}`);
  return result.error;
}
