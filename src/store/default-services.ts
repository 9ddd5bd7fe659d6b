import { runTurn } from '../core/agent/run-turn';
import type { KeyValueStore } from '../core/storage/key-value-store';
import {
  createBookingWorld,
  createKeyValueBookingRepository,
  DEFAULT_WORLD_SEED,
  type Latency,
} from '../mock-apis';
import type { BookingWorld, RunTurn } from './store-dependencies';

/** The mock booking world, its bookings kept in the same store as the conversations. */
export function defaultBookingWorld(store: KeyValueStore, latencyMs: Latency): BookingWorld {
  return createBookingWorld({
    seed: DEFAULT_WORLD_SEED,
    latencyMs,
    bookings: createKeyValueBookingRepository(store),
  });
}

export const defaultRunTurn: RunTurn = runTurn;
