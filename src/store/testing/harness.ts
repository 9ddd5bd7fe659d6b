import { createReplayChatModel } from '../../core/model/replay-chat-model';
import type { KeyValueStore } from '../../core/storage/key-value-store';
import { createBookingWorld, createKeyValueBookingRepository } from '../../mock-apis';
import { createAppStore, type AppDependencies } from '../app-store';
import { createCountingIds, createFakeClock, createRecordingStore, provideModel } from './fakes';

export const TEST_WORLD_SEED = 7;

/**
 * One store with fakes for everything but the booking world (the real one, no latency, its
 * bookings in the same storage). Pass `sharedStore` to give several stores one database.
 */
export function buildTestStore(
  dependencies: AppDependencies & { idPrefix?: string; sharedStore?: KeyValueStore } = {},
) {
  const recording = createRecordingStore(dependencies.sharedStore);
  const clock = createFakeClock();
  let reference = 0;
  const world = createBookingWorld({
    seed: TEST_WORLD_SEED,
    latencyMs: 0,
    // Fixed draws keep references and availability the same on every run.
    random: () => ((reference += 7) % 100) / 100,
    bookings: createKeyValueBookingRepository(recording.store),
  });
  const store = createAppStore({
    keyValueStore: recording.store,
    now: clock.now,
    ids: createCountingIds(dependencies.idPrefix ?? 'id'),
    bookingWorld: world,
    ...dependencies,
  });
  provideModel(store, createReplayChatModel({ outputs: [] }));
  const restaurant = world.data.restaurants[0];
  if (!restaurant) throw new Error('The test world has no restaurants');
  return { store, recording, clock, world, restaurant, chat: () => store.getState().chat };
}
