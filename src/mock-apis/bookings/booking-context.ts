import type { ToolResult } from '../../core/tools/tool-definition';
import type { WorldData } from '../world/records';
import type { RandomSource } from '../../core/random/seeded-random';
import { makeUniqueReference, type Booking, type BookingRepository } from './booking';

/** What the booking tools share: the world, the seed that fixes capacity, and the store. */
export interface BookingContext {
  seed: number;
  data: WorldData;
  bookings: BookingRepository;
  random: RandomSource;
  now: () => Date;
  /** Serialises bookings and cancellations so capacity checks cannot interleave. */
  enqueue: <T>(operation: () => Promise<T>) => Promise<T>;
}

/** What a tool decides about a new booking; attemptBooking adds the fields every booking shares. */
export type NewBooking<B extends Booking> = Omit<
  B,
  'reference' | 'conversationId' | 'requestKey' | 'createdAt' | 'status' | 'cancelledAt'
>;

export interface BookingAttempt<B extends Booking> {
  conversationId: string;
  requestKey: string;
  /** Called with the bookings already in the store; returns a refusal or what to save. */
  decide(
    existing: readonly Booking[],
  ): { ok: false; result: ToolResult } | { ok: true; booking: NewBooking<B> };
  /** The observation for a booking made now or found from before. */
  describe(booking: B, alreadyBooked: boolean): Record<string, unknown>;
}

/**
 * The one path every booking takes: a repeat of the same request in the same conversation
 * returns the earlier booking; otherwise capacity is checked and the booking saved, all inside
 * the queue so nothing is half-done or double-booked.
 */
export function attemptBooking<B extends Booking>(
  context: BookingContext,
  attempt: BookingAttempt<B>,
): Promise<ToolResult> {
  return context.enqueue(async () => {
    const previous = await context.bookings.findExisting(
      attempt.conversationId,
      attempt.requestKey,
    );
    if (previous) return { ok: true, data: attempt.describe(previous as B, true) };
    const decision = attempt.decide(await context.bookings.list());
    if (!decision.ok) return decision.result;
    const reference = await makeUniqueReference(
      context.random,
      async (candidate) => (await context.bookings.get(candidate)) !== undefined,
    );
    const booking = {
      ...decision.booking,
      reference,
      conversationId: attempt.conversationId,
      requestKey: attempt.requestKey,
      createdAt: context.now().toISOString(),
      status: 'active',
    } as B;
    await context.bookings.save(booking);
    return { ok: true, data: attempt.describe(booking, false) };
  });
}

/**
 * Runs operations one after another, so two bookings cannot both see the last free table.
 * A failed operation does not block the ones after it.
 */
export function createSerialQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(operation: () => Promise<T>): Promise<T> {
    const result = tail.then(operation, operation);
    tail = result.catch(() => undefined);
    return result;
  };
}
