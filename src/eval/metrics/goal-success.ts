/**
 * Inform and Success, as the benchmark scores a dialogue. Inform: every entity the agent offered
 * or booked in a domain satisfies the goal (it is among the entities a database query with the
 * goal returns, or is the goal's named venue). Success: Inform, every requested attribute shown
 * with the right value, and, when the goal books, a successful booking with the goal's values
 * whose reference the user saw.
 */
import { normalizeValue, slotsInclude } from '../normalize';
import {
  recordField,
  shownInReplies,
  type BookingAttempt,
  type DialogueFacts,
} from '../trace-facts';
import type { DomainGoal, UserGoal } from '../walkthrough';

export interface DomainOutcome {
  domain: string;
  offered: string[];
  inform: boolean;
  requestsMissing: string[];
  /** null when the goal books nothing. */
  bookingCorrect: boolean | null;
  /** null without fail_book: did the first attempt fail and a later one succeed? */
  fallbackHandled: boolean | null;
  success: boolean;
}

export interface GoalOutcome {
  inform: boolean;
  success: boolean;
  domains: DomainOutcome[];
}

/**
 * The entities finally on offer in a domain: those named (or booked) in the latest turn that
 * offered any. As in the benchmark's scorer, a later offer replaces an earlier one, so a user
 * who changes their mind is judged on what they ended up with.
 */
export function offeredEntities(facts: DialogueFacts, domain: string): string[] {
  const known = Object.keys(facts.entities[domain] ?? {});
  let offered: string[] = [];
  facts.replies.forEach((reply, turn) => {
    const text = normalizeValue(reply);
    const named = new Set(known.filter((key) => text.includes(key)));
    for (const booking of facts.bookings)
      if (booking.turn === turn && booking.domain === domain && booking.ok && booking.entity)
        named.add(booking.entity);
    if (named.size > 0) offered = [...named];
  });
  return offered;
}

function finalBooking(facts: DialogueFacts, domain: string): BookingAttempt | undefined {
  return facts.bookings.filter((booking) => booking.domain === domain && booking.ok).at(-1);
}

function missingRequests(
  goal: DomainGoal,
  facts: DialogueFacts,
  domain: string,
  offered: string[],
): string[] {
  const focus = finalBooking(facts, domain)?.entity ?? offered.at(-1);
  const record = focus ? facts.entities[domain]?.[focus] : undefined;
  return goal.request.filter((attribute) => {
    if (attribute === 'reference') {
      const reference = finalBooking(facts, domain)?.reference;
      return !(reference && shownInReplies(facts, reference));
    }
    const value = record ? recordField(record, attribute) : undefined;
    return !(value !== undefined && shownInReplies(facts, value));
  });
}

export function scoreDomain(
  domain: string,
  goal: DomainGoal,
  facts: DialogueFacts,
  matching: readonly string[],
): DomainOutcome {
  const allowed = new Set(matching.map(normalizeValue));
  const offered = offeredEntities(facts, domain);
  const inform = offered.length > 0 && offered.every((entity) => allowed.has(entity));
  const requestsMissing = missingRequests(goal, facts, domain, offered);
  const attempts = facts.bookings.filter((booking) => booking.domain === domain);
  const bookingCorrect = goal.book
    ? attempts.some(
        (booking) =>
          booking.ok &&
          slotsInclude(booking.call.arguments, goal.book ?? {}) &&
          booking.entity !== undefined &&
          allowed.has(booking.entity) &&
          shownInReplies(facts, booking.reference),
      )
    : null;
  const fallbackHandled = goal.failBook
    ? attempts[0]?.ok === false &&
      slotsInclude(attempts[0].call.arguments, goal.failBook) &&
      attempts.slice(1).some((booking) => booking.ok)
    : null;
  return {
    domain,
    offered,
    inform,
    requestsMissing,
    bookingCorrect,
    fallbackHandled,
    success: inform && requestsMissing.length === 0 && bookingCorrect !== false,
  };
}

/** `matching`: domain -> keys of the entities a database query with the goal's info returns. */
export function scoreGoal(
  goal: UserGoal,
  facts: DialogueFacts,
  matching: Readonly<Record<string, readonly string[]>>,
): GoalOutcome {
  const domains = Object.entries(goal).map(([domain, domainGoal]) =>
    scoreDomain(domain, domainGoal, facts, matching[domain] ?? []),
  );
  return {
    inform: domains.every((outcome) => outcome.inform),
    success: domains.every((outcome) => outcome.success),
    domains,
  };
}
