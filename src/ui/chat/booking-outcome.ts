import type { Turn } from '../../core/conversation/conversation';

export type OutcomeKind = 'booked' | 'cancelled' | 'declined' | 'stopped' | 'failed';

export interface BookingOutcome {
  kind: OutcomeKind;
  /** What the turn shows beside the reply (after the reference, where there is one). */
  text: string;
  reference?: string;
}

/**
 * What became of each call a turn made that did not simply succeed, plus every booking it made,
 * read from the turn's steps (the record the trace shows too), so the chat says what happened
 * even where the reply says otherwise (a scripted "Booked!" after a Decline). `cancelled` holds
 * the references of bookings cancelled since (in the Bookings tab or another tab).
 */
export function bookingOutcomes(turn: Turn, cancelled: ReadonlySet<string>): BookingOutcome[] {
  const outcomes: BookingOutcome[] = [];
  for (const step of turn.steps) {
    const call = step.call;
    if (!call) continue;
    const result = step.result;
    if (!result) {
      if (turn.status === 'aborted' || turn.status === 'interrupted')
        outcomes.push({
          kind: 'stopped',
          text: `Stopped before ${call.name} ran: nothing was booked`,
        });
      continue;
    }
    if (result.ok) {
      const reference = result.data.reference;
      if (typeof reference !== 'string') continue;
      outcomes.push(
        cancelled.has(reference)
          ? { kind: 'cancelled', reference, text: ' (cancelled since)' }
          : { kind: 'booked', reference, text: '' },
      );
    } else if (result.error.code === 'declined') {
      outcomes.push({ kind: 'declined', text: `You declined ${call.name}: nothing was booked` });
    } else if (result.error.code === 'tool-failed') {
      outcomes.push({ kind: 'failed', text: `${call.name} failed: ${result.error.message}` });
    }
  }
  return outcomes;
}
