import type { Turn } from './conversation';

/**
 * References of the bookings these turns made, in order: every call whose result carries a
 * reference. The record of what a turn booked is its steps; cancelled ones are still listed
 * (whether a booking still stands is the booking store's to say).
 */
export function bookingReferences(turns: readonly Turn[]): string[] {
  return turns.flatMap((turn) =>
    turn.steps.flatMap((step) => {
      const reference = step.result?.ok ? step.result.data['reference'] : undefined;
      return typeof reference === 'string' ? [reference] : [];
    }),
  );
}
