/**
 * Inform and Success as MultiWOZ scores a dialogue (Budzianowski et al. 2018, as implemented in
 * Nekvinda and Dusek's mwzeval). In every turn whose reply names a venue of a domain, the venues
 * on offer are those a database query with that turn's dialogue state returns (replaced when the
 * earlier ones are not all among them). Inform: the offered venues all satisfy the goal. Beyond
 * mwzeval, whose replies are delexicalised, the venue the reply actually offers must satisfy the
 * goal too: the one booked, else the first named that the state's query returns (so a reply that
 * compares it with, or refuses, another venue is judged on its offer). Success: Inform, and every
 * requested attribute given (see reply-mentions.ts); when the goal books, a booking with the
 * goal's values whose reference the user saw (our own addition, reported as booking correctness).
 */
import type { VenueDatabase } from '../goal-matcher';
import { slotsInclude } from '../normalize';
import { recordField, type BookingAttempt, type DialogueFacts } from '../trace-facts';
import type { DomainGoal, UserGoal } from '../walkthrough';
import { namedInReply, replyGives } from './reply-mentions';

export interface DomainOutcome {
  domain: string;
  /** The venue (or train) the agent finally offered, as a list for the view. */
  offered: string[];
  inform: boolean;
  informReason: string;
  requestsMissing: string[];
  /** null when the goal books nothing. */
  bookingCorrect: boolean | null;
  /** null without fail_book: did the first attempt fail and a later one succeed? */
  fallbackHandled: boolean | null;
  success: boolean;
  successReason: string;
}

export interface GoalOutcome {
  inform: boolean;
  success: boolean;
  domains: DomainOutcome[];
}

interface Offer {
  /** What the reply offered: the booked entity, else the first named one the state returns. */
  primary?: string | undefined;
  /** mwzeval's offered venues: the database's answer to the state of the offering turn. */
  fromState: string[];
}

function findOffer(facts: DialogueFacts, domain: string, database: VenueDatabase): Offer {
  const offer: Offer = { fromState: [] };
  const known = [
    ...new Set([...Object.keys(facts.entities[domain] ?? {}), ...database.keys(domain)]),
  ];
  facts.replies.forEach((reply, turn) => {
    const named = namedInReply(reply, known);
    const booked = facts.bookings.find(
      (booking) => booking.turn === turn && booking.domain === domain && booking.ok,
    )?.entity;
    if (named.length === 0 && !booked) return;
    const state = facts.states[turn]?.[domain];
    const fromState = state ? database.query(domain, state) : [];
    if (offer.fromState.length === 0 || offer.fromState.some((key) => !fromState.includes(key)))
      offer.fromState = fromState;
    offer.primary = booked ?? named.find((key) => fromState.includes(key)) ?? named[0];
  });
  return offer;
}

function judgeInform(
  offer: Offer,
  goalVenues: ReadonlySet<string>,
  hasEntities: boolean,
): { inform: boolean; reason: string } {
  if (!hasEntities) return { inform: true, reason: 'this domain has no venues to offer' };
  if (!offer.primary) return { inform: false, reason: 'no venue of this domain was offered' };
  if (!goalVenues.has(offer.primary))
    return { inform: false, reason: `offered ${offer.primary}, which does not satisfy the goal` };
  const outside = offer.fromState.filter((key) => !goalVenues.has(key));
  if (outside.length > 0)
    return {
      inform: false,
      reason: `the dialogue state when offering also allows venues outside the goal (${outside.slice(0, 3).join(', ')})`,
    };
  return { inform: true, reason: `offered ${offer.primary}, which satisfies the goal` };
}

function finalBooking(facts: DialogueFacts, domain: string): BookingAttempt | undefined {
  return facts.bookings.filter((booking) => booking.domain === domain && booking.ok).at(-1);
}

const givenInReplies = (facts: DialogueFacts, attribute: string, value: unknown) =>
  value !== undefined && facts.replies.some((reply) => replyGives(reply, attribute, value));

function missingRequests(
  goal: DomainGoal,
  facts: DialogueFacts,
  domain: string,
  focus: string | undefined,
  database: VenueDatabase,
): string[] {
  // What the agent saw in its search results first (a result shown without details, or
  // MultiWOZ's train ids reused across days, are filled in from the database).
  const seen = focus ? facts.entities[domain]?.[focus] : undefined;
  const stored = focus ? database.record(domain, focus, goal.info) : undefined;
  const valueOf = (attribute: string) =>
    (seen ? recordField(seen, attribute) : undefined) ??
    (stored ? recordField(stored, attribute) : undefined);
  return goal.reqt.filter((attribute) => {
    if (attribute === 'reference')
      return !givenInReplies(facts, 'reference', finalBooking(facts, domain)?.reference);
    return !givenInReplies(facts, attribute, valueOf(attribute));
  });
}

export function scoreDomain(
  domain: string,
  goal: DomainGoal,
  facts: DialogueFacts,
  database: VenueDatabase,
): DomainOutcome {
  const goalVenues = new Set(database.query(domain, goal.info));
  const offer = findOffer(facts, domain, database);
  const { inform, reason } = judgeInform(offer, goalVenues, database.domains.includes(domain));
  const focus = finalBooking(facts, domain)?.entity ?? offer.primary;
  const requestsMissing = missingRequests(goal, facts, domain, focus, database);
  const attempts = facts.bookings.filter((booking) => booking.domain === domain);
  const bookingCorrect = goal.book
    ? attempts.some(
        (booking) =>
          booking.ok &&
          slotsInclude(booking.call.arguments, goal.book ?? {}) &&
          (!database.domains.includes(domain) ||
            (booking.entity !== undefined && goalVenues.has(booking.entity))) &&
          givenInReplies(facts, 'reference', booking.reference),
      )
    : null;
  const fallbackHandled = goal.fail_book
    ? attempts[0]?.ok === false &&
      slotsInclude(attempts[0].call.arguments, goal.fail_book) &&
      attempts.slice(1).some((booking) => booking.ok)
    : null;
  const success = inform && requestsMissing.length === 0 && bookingCorrect !== false;
  const successReason = !inform
    ? 'no Inform'
    : requestsMissing.length > 0
      ? `not given: ${requestsMissing.join(', ')}`
      : bookingCorrect === false
        ? "no booking with the goal's values and a reference shown"
        : 'everything asked for was given';
  return {
    domain,
    offered: offer.primary ? [offer.primary] : [],
    inform,
    informReason: reason,
    requestsMissing,
    bookingCorrect,
    fallbackHandled,
    success,
    successReason,
  };
}

export function scoreGoal(
  goal: UserGoal,
  facts: DialogueFacts,
  database: VenueDatabase,
): GoalOutcome {
  const domains = Object.entries(goal).map(([domain, domainGoal]) =>
    scoreDomain(domain, domainGoal, facts, database),
  );
  return {
    inform: domains.every((outcome) => outcome.inform),
    success: domains.every((outcome) => outcome.success),
    domains,
  };
}
