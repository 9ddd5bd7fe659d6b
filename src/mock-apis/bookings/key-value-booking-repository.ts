import type { KeyValueStore } from '../../core/storage/key-value-store';
import type { Booking, BookingRepository } from './booking';

const KEY_PREFIX = 'booking:';

function byCreation(left: Booking, right: Booking): number {
  if (left.createdAt !== right.createdAt) return left.createdAt < right.createdAt ? -1 : 1;
  return left.reference < right.reference ? -1 : left.reference > right.reference ? 1 : 0;
}

/**
 * Bookings kept one per key ("booking:KWV7HGEB") in a KeyValueStore: IndexedDB in the app, so
 * they survive a reload; memory in tests. The prefix lets the store be shared with other data.
 */
export function createKeyValueBookingRepository(store: KeyValueStore): BookingRepository {
  const list = async (): Promise<Booking[]> => {
    const keys = await store.keys(KEY_PREFIX);
    const bookings = await store.getMany<Booking>(keys);
    return bookings.filter((booking): booking is Booking => booking !== undefined).sort(byCreation);
  };
  return {
    list,
    get: (reference) => store.get<Booking>(KEY_PREFIX + reference),
    findExisting: async (conversationId, requestKey) =>
      (await list()).find(
        (booking) =>
          booking.status === 'active' &&
          booking.conversationId === conversationId &&
          booking.requestKey === requestKey,
      ),
    save: (booking) => store.set(KEY_PREFIX + booking.reference, booking),
    update: async (reference, changes) => {
      const existing = await store.get<Booking>(KEY_PREFIX + reference);
      if (!existing) return undefined;
      const updated = { ...existing, ...changes } as Booking;
      await store.set(KEY_PREFIX + reference, updated);
      return updated;
    },
  };
}
