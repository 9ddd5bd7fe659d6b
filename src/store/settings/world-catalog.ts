import type { WorldId } from '../../core/conversation/conversation';
import {
  createBookingWorld,
  DEFAULT_WORLD_SEED,
  type BookingRepository,
  type BookingWorld as MockBookingWorld,
  type Latency,
} from '../../mock-apis';

/** The part of the mock booking world (src/mock-apis) the store uses. */
export type BookingWorld = Pick<MockBookingWorld, 'tools' | 'listBookings' | 'cancelBooking'>;

/** Opens the world a conversation runs on; rejects when its data cannot be loaded. */
export type OpenWorld = (world: WorldId) => Promise<BookingWorld>;

export const WORLD_LABELS: Record<WorldId, string> = {
  generated: 'Generated Cambridge',
  multiwoz: 'MultiWOZ database',
};

/**
 * The generated world is at hand; the MultiWOZ one is built once, on first use. A failed load
 * is forgotten so that the next use tries again (the chunk may arrive once the page is online).
 */
export function createWorldCatalog(
  generated: BookingWorld,
  createMultiwoz: () => Promise<BookingWorld>,
): OpenWorld {
  let multiwoz: Promise<BookingWorld> | undefined;
  return (world) => {
    if (world === 'generated') return Promise.resolve(generated);
    multiwoz ??= createMultiwoz().catch((error: unknown) => {
      multiwoz = undefined;
      throw error;
    });
    return multiwoz;
  };
}

/**
 * The MultiWOZ world over the same bookings as the generated one. Its loader and its 700 KB of
 * data are a dynamic import, so they stay out of the page's initial code.
 */
export async function createMultiwozWorld(options: {
  bookings: BookingRepository;
  latencyMs: Latency;
}): Promise<BookingWorld> {
  const { loadMultiwozData } = await import('../../mock-apis/multiwoz-world/load-multiwoz-data');
  return createBookingWorld({
    seed: DEFAULT_WORLD_SEED,
    data: await loadMultiwozData(),
    latencyMs: options.latencyMs,
    bookings: options.bookings,
  });
}
