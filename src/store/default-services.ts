import type { KeyValueStore } from '../core/storage/key-value-store';
import type { BookingWorld, RunTurn } from './store-dependencies';

// Placeholders until the turn loop and the mock booking world are wired in.
export function defaultBookingWorld(_store: KeyValueStore, _latencyMs: number): BookingWorld {
  return { tools: [], listBookings: () => [], cancelBooking: async () => undefined };
}

export const defaultRunTurn: RunTurn = () => {
  throw new Error('The turn loop is not available in this build.');
};
