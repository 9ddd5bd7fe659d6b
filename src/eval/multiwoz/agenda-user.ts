/**
 * A deterministic, goal-driven simulated user in the agenda style (Schatzmann et al. 2007): it
 * brings up its domains in order, answers what the agent asked, checks what the agent offered
 * against its constraints (and says so when it is wrong), relaxes a constraint that matched
 * nothing (fail_info), moves to its fallback when a booking is refused (fail_book), asks for
 * what it wants to know until it is given, and says goodbye. Its gold state is what it has said.
 */
import type { DialogueState } from '../../core/conversation/conversation';
import type { VenueDatabase } from '../goal-matcher';
import { namedInReply, replyGives } from '../metrics/reply-mentions';
import { slotName } from '../../core/state/dialogue-state';
import { normalizeValue } from '../normalize';
import type { DomainGoal, SlotValues } from '../walkthrough';
import type { MultiwozGoal, SimulatedUser, UserAct, UserTurn } from './dialogue-acts';
import { describeAttributes, describeSlots, domainNouns, readReply } from './user-phrases';

interface DomainProgress {
  informed: boolean;
  relaxed: boolean;
  fellBack: boolean;
  bookAsked: boolean;
  booked: boolean;
  offered?: string;
  requestsAsked: number;
}

/** Asking for the same attributes more often than this, the user gives up on them. */
const MAX_REQUESTS = 3;

export function createAgendaUser(spec: MultiwozGoal, database: VenueDatabase): SimulatedUser {
  const progress = new Map<string, DomainProgress>(
    spec.order.map((domain) => [
      domain,
      {
        informed: false,
        relaxed: false,
        fellBack: false,
        bookAsked: false,
        booked: false,
        requestsAsked: 0,
      },
    ]),
  );
  let current = 0;
  let gold: DialogueState = {};
  let finished = false;

  const goalOf = (domain: string) => spec.goal[domain] as DomainGoal;
  const at = (domain: string) => progress.get(domain) as DomainProgress;
  const infoNow = (domain: string): SlotValues => {
    const goal = goalOf(domain);
    return at(domain).relaxed || !goal.fail_info ? goal.info : { ...goal.info, ...goal.fail_info };
  };
  const bookNow = (domain: string): SlotValues => {
    const goal = goalOf(domain);
    return at(domain).fellBack || !goal.fail_book
      ? (goal.book ?? {})
      : { ...goal.book, ...goal.fail_book };
  };
  const remember = (domain: string, slots: SlotValues) => {
    const next = { ...(gold[domain] ?? {}) };
    for (const [slot, value] of Object.entries(slots)) next[slotName(slot)] = value;
    gold = { ...gold, [domain]: next };
  };

  const inform = (
    domain: string,
    slots: SlotValues,
    lead: string,
  ): { text: string; act: UserAct } => {
    remember(domain, slots);
    return { text: `${lead} ${describeSlots(slots)}.`, act: { type: 'inform', domain, slots } };
  };

  const book = (domain: string, slots: SlotValues): { text: string; act: UserAct } => {
    const state = at(domain);
    state.bookAsked = true;
    const named: SlotValues =
      domain === 'train'
        ? { trainid: state.offered ?? '' }
        : domain === 'taxi'
          ? {}
          : // The offered venue by its database name, as MultiWOZ's annotation names it.
            { name: state.offered ?? '' };
    remember(domain, { ...named, ...slots });
    const details = describeSlots(slots);
    return {
      text: `Please book it${details ? ` ${details}` : ''}.`,
      act: { type: 'book', domain, slots },
    };
  };

  const pendingRequests = (domain: string, replies: readonly string[]) => {
    const state = at(domain);
    return goalOf(domain).reqt.filter((attribute) => {
      if (attribute === 'reference') return !state.booked;
      const record = state.offered
        ? database.record(domain, state.offered, infoNow(domain))
        : undefined;
      const value = record
        ? Object.entries(record).find(([key]) => slotName(key) === slotName(attribute))?.[1]
        : undefined;
      return !replies.some((reply) => replyGives(reply, attribute, value));
    });
  };

  const replies: string[] = [];

  function react(reply: string): { text: string[]; acts: UserAct[] } {
    const domain = spec.order[current] as string;
    const goal = goalOf(domain);
    const state = at(domain);
    const out = { text: [] as string[], acts: [] as UserAct[] };
    const say = (part: { text: string; act: UserAct }) => {
      out.text.push(part.text);
      out.acts.push(part.act);
    };
    if (!state.informed) {
      state.informed = true;
      say(inform(domain, infoNow(domain), `I am looking for ${domainNouns[domain]}`));
      if (domain === 'taxi') say(book(domain, {}));
      return out;
    }
    const read = readReply(reply, [
      ...Object.keys(infoNow(domain)),
      ...Object.keys(bookNow(domain)),
    ]);
    if (read.booked && state.bookAsked) state.booked = true;
    const offered = database.domains.includes(domain)
      ? namedInReply(reply, database.keys(domain))[0]
      : undefined;
    if (read.noMatch && goal.fail_info && !state.relaxed) {
      state.relaxed = true;
      say(inform(domain, goal.info, 'Then how about something'));
      return out;
    }
    if (read.refused && goal.fail_book && state.bookAsked && !state.fellBack) {
      state.fellBack = true;
      const changed = Object.fromEntries(
        Object.keys(goal.fail_book).map((slot) => [slot, goal.book?.[slot] ?? '']),
      );
      say(book(domain, { ...bookNow(domain), ...changed }));
      return out;
    }
    if (offered && !state.booked) {
      const acceptable = database.query(domain, infoNow(domain)).includes(offered);
      if (!acceptable) {
        out.acts.push({ type: 'reject', domain });
        out.text.push(`${offered} is not what I asked for.`);
        say(inform(domain, infoNow(domain), 'I need something'));
        return out;
      }
      state.offered = offered;
    }
    if (read.asked.length > 0) {
      const info = infoNow(domain);
      const answers = Object.fromEntries(
        read.asked.filter((slot) => slot in info).map((slot) => [slot, info[slot] ?? '']),
      );
      const bookAnswers = Object.fromEntries(
        read.asked
          .filter((slot) => slot in bookNow(domain))
          .map((slot) => [slot, bookNow(domain)[slot] ?? '']),
      );
      if (Object.keys(answers).length > 0) say(inform(domain, answers, 'I would like it'));
      if (Object.keys(bookAnswers).length > 0 && state.offered)
        say(book(domain, { ...bookNow(domain) }));
      if (out.acts.length > 0) return out;
    }
    if (goal.book && !state.bookAsked && (state.offered || domain === 'taxi')) {
      const withheld = new Set(spec.withhold?.[domain] ?? []);
      say(
        book(
          domain,
          Object.fromEntries(
            Object.entries(bookNow(domain)).filter(([slot]) => !withheld.has(slot)),
          ),
        ),
      );
      return out;
    }
    const wanted = pendingRequests(domain, replies);
    const waitingForBooking =
      goal.book && !state.booked && state.bookAsked && state.requestsAsked < MAX_REQUESTS;
    const asking = wanted.filter((attribute) => attribute !== 'reference');
    if (
      (asking.length > 0 || waitingForBooking) &&
      state.requestsAsked < MAX_REQUESTS &&
      (state.offered || domain === 'taxi')
    ) {
      state.requestsAsked += 1;
      if (asking.length > 0) {
        out.acts.push({ type: 'request', domain, attributes: asking });
        out.text.push(`Could you tell me the ${describeAttributes(asking)}?`);
      } else say(book(domain, bookNow(domain)));
      return out;
    }
    if (!state.offered && domain !== 'taxi' && state.requestsAsked < MAX_REQUESTS) {
      state.requestsAsked += 1;
      say(inform(domain, infoNow(domain), 'Could you find me one'));
      return out;
    }
    current += 1;
    if (current < spec.order.length) return react('');
    finished = true;
    out.acts.push({ type: 'bye' });
    out.text.push('Thank you, that is all I need. Goodbye.');
    return out;
  }

  return {
    kind: 'agenda',
    async next(agentReply: string): Promise<UserTurn> {
      if (agentReply) replies.push(agentReply);
      const { text, acts } = react(normalizeValue(agentReply) === '' ? '' : agentReply);
      return { text: text.join(' '), acts, goldState: structuredClone(gold), done: finished };
    },
  };
}
