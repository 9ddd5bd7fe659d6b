// The world both prompt benchmarks play in: the generated booking world for a seed, and the
// names of its venues and trains that scripted conversations ask for.
import type { ScriptNames } from '../../src/core/agent/testing/scripted-conversations';
import { createSeededRandom } from '../../src/core/random/seeded-random';
import { createMemoryKeyValueStore } from '../../src/core/storage/memory-key-value-store';
import { createToolRegistry, type ToolRegistry } from '../../src/core/tools/tool-registry';
import { createBookingWorld, createKeyValueBookingRepository } from '../../src/mock-apis/index';

export function world(seed: number): { tools: ToolRegistry; names: ScriptNames } {
  const booking = createBookingWorld({
    bookings: createKeyValueBookingRepository(createMemoryKeyValueStore()),
    random: createSeededRandom(seed),
  });
  const trains = booking.data.trains.filter((train) => train.departure === 'cambridge');
  return {
    tools: createToolRegistry(booking.tools),
    names: {
      restaurants: booking.data.restaurants.slice(0, 12).map((restaurant) => restaurant.name),
      hotels: booking.data.hotels.slice(0, 6).map((hotel) => hotel.name),
      trains: trains.slice(0, 9).map((train) => train.id),
    },
  };
}
