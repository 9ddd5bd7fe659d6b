import type { TabSync } from '../chat/tab-sync';
import type { BookingRecord, BookingWorld, SliceApi } from '../store-dependencies';

export interface BookingsSlice {
  /** Bookings made so far (persisted by the booking world's repository). */
  items: readonly BookingRecord[];
  refresh(): Promise<void>;
  cancel(reference: string): Promise<void>;
}

export function createBookingsSlice(
  api: SliceApi<BookingsSlice, { bookings: BookingsSlice }>,
  dependencies: { world: BookingWorld; sync: TabSync; reportError: (error: unknown) => void },
): BookingsSlice {
  const { world, sync, reportError } = dependencies;

  async function refresh(): Promise<void> {
    try {
      api.set({ items: [...(await world.listBookings())] });
    } catch (error) {
      reportError(error);
    }
  }

  return {
    items: [],
    refresh,
    async cancel(reference) {
      try {
        const result = await world.cancelBooking(reference);
        if (!result.ok) reportError(new Error(result.error.message));
      } catch (error) {
        reportError(error);
      }
      await refresh();
      sync.announce({ type: 'bookings-changed' });
    },
  };
}
