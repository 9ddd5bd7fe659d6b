/**
 * The scripted agent for dialogues with the simulated user: it hears the user's acts (a side
 * channel only a scripted stand-in may use), calls the tools through the real turn loop and
 * replies from the real observations. The ideal agent does what a good agent does; each
 * deliberate mistake departs from it in one way that the adaptive user has to cope with.
 */
import type { TurnEvent } from '../../core/agent/turn-events';
import { renderCall } from '../../core/format/python-literal';
import type { ChatModel, ChatStreamEvent } from '../../core/model/chat-model';
import { ACTION_LABEL, SYSTEM_LABEL } from '../../core/prompt/cra-constants';
import type { ToolArguments } from '../../core/tools/tool-definition';
import type { ExpectedCall } from '../walkthrough';
import type { UserAct } from './dialogue-acts';
import { describeAttributes } from './user-phrases';

export type AgentMistake = 'wrong-venue-first' | 'asks-again' | 'ignores-request';

const SEARCH: Record<string, string> = {
  restaurant: 'FindRestaurants',
  hotel: 'FindHotels',
  train: 'FindTrains',
  attraction: 'FindAttractions',
};
const BOOK: Record<string, { tool: string; needs: string[] }> = {
  restaurant: { tool: 'ReserveRestaurant', needs: ['people', 'day', 'time'] },
  hotel: { tool: 'ReserveHotel', needs: ['people', 'day', 'stay'] },
  train: { tool: 'BuyTrainTickets', needs: ['people'] },
  taxi: { tool: 'BookTaxi', needs: ['departure', 'destination', 'leave_at'] },
};
const QUESTIONS: Record<string, string> = {
  people: 'for how many people',
  day: 'which day',
  time: 'what time',
  stay: 'how many nights',
};

interface Belief {
  search: ToolArguments;
  book: Record<string, string>;
  wantsBooking: boolean;
  booked: boolean;
  offered?: Record<string, unknown>;
  mistakeUsed?: boolean;
}

export interface ScriptedAgent {
  model: ChatModel;
  hear(acts: readonly UserAct[]): void;
  observe(event: TurnEvent): void;
}

const asNumber = (value: string) => (/^\d+$/.test(value) ? Number(value) : value);

export function createScriptedAgent(mistake?: AgentMistake): ScriptedAgent {
  const beliefs = new Map<string, Belief>();
  let queue: ExpectedCall[] = [];
  let requests: { domain: string; attributes: string[] }[] = [];
  let said: string[] = [];
  let lastDomain = '';
  let bye = false;
  const belief = (domain: string) => {
    let found = beliefs.get(domain);
    if (!found)
      beliefs.set(domain, (found = { search: {}, book: {}, wantsBooking: false, booked: false }));
    return found;
  };

  function searchCall(domain: string): ExpectedCall | undefined {
    const tool = SEARCH[domain];
    if (!tool) return undefined;
    const args = { ...belief(domain).search };
    // The mistake: the first search leaves out one constraint, so the offer may break it.
    if (mistake === 'wrong-venue-first' && !belief(domain).mistakeUsed) {
      belief(domain).mistakeUsed = true;
      const [dropped] = Object.keys(args).filter((key) => key !== 'day' && key !== 'departure');
      if (dropped) delete args[dropped];
    }
    return { name: tool, arguments: args };
  }

  function bookingCall(domain: string): ExpectedCall | undefined {
    const plan = BOOK[domain];
    const state = belief(domain);
    if (!plan || !state.wantsBooking || state.booked) return undefined;
    if (domain === 'taxi') {
      const search = state.search as Record<string, string>;
      if (
        !search['departure'] ||
        !search['destination'] ||
        !(search['leave_at'] || search['arrive_by'])
      )
        return undefined;
      return { name: plan.tool, arguments: { ...search } };
    }
    if (!state.offered || plan.needs.some((slot) => !(slot in state.book))) return undefined;
    const slots = Object.fromEntries(
      plan.needs.map((slot) => [slot, asNumber(state.book[slot] ?? '')]),
    );
    if (domain === 'train')
      return {
        name: plan.tool,
        arguments: {
          train_id: String(state.offered['train_id']),
          day: String(state.search['day'] ?? ''),
          ...slots,
        },
      };
    return { name: plan.tool, arguments: { name: String(state.offered['name']), ...slots } };
  }

  function hear(acts: readonly UserAct[]) {
    queue = [];
    requests = [];
    said = [];
    const searched = new Set<string>();
    for (const act of acts) {
      if (act.type === 'bye') bye = true;
      if (act.type === 'inform') {
        Object.assign(belief(act.domain).search, act.slots);
        lastDomain = act.domain;
        if (!searched.has(act.domain) && SEARCH[act.domain]) {
          searched.add(act.domain);
          const call = searchCall(act.domain);
          if (call) queue.push(call);
        }
      }
      if (act.type === 'book') {
        lastDomain = act.domain;
        const state = belief(act.domain);
        state.wantsBooking = true;
        // The mistake: the agent does not take in the booking details and asks for them again.
        if (mistake === 'asks-again' && !state.mistakeUsed && Object.keys(act.slots).length > 0)
          state.mistakeUsed = true;
        else Object.assign(state.book, act.slots);
      }
      if (act.type === 'request') {
        lastDomain = act.domain;
        if (mistake === 'ignores-request' && !belief(act.domain).mistakeUsed)
          belief(act.domain).mistakeUsed = true;
        else requests.push({ domain: act.domain, attributes: act.attributes });
      }
    }
  }

  function attributes(domain: string, wanted: readonly string[]): string {
    const offered = belief(domain).offered ?? {};
    const parts = wanted.flatMap((attribute) => {
      const value = offered[attribute];
      return value === undefined
        ? []
        : [`the ${describeAttributes([attribute])} is ${String(value)}`];
    });
    return parts.length
      ? ` For ${String(offered['name'] ?? offered['train_id'] ?? 'it')}, ${parts.join(', ')}.`
      : '';
  }

  function reply(): string {
    if (bye) return 'You are welcome. Goodbye!';
    const parts = [...said];
    for (const request of requests)
      parts.push(attributes(request.domain, request.attributes).trim());
    const state = lastDomain ? belief(lastDomain) : undefined;
    const plan = BOOK[lastDomain];
    if (state?.wantsBooking && !state.booked && plan && lastDomain !== 'taxi' && state.offered) {
      const missing = plan.needs.filter((slot) => !(slot in state.book));
      if (missing.length > 0)
        parts.push(`Certainly. ${missing.map((slot) => QUESTIONS[slot] ?? slot).join(', and ')}?`);
    }
    return parts.filter(Boolean).join(' ') || 'Is there anything else I can help with?';
  }

  function nextOutput(): string {
    if (queue.length === 0) {
      const booking = bookingCall(lastDomain);
      const state = lastDomain ? belief(lastDomain) : undefined;
      if (booking && state && !said.some((part) => part.startsWith('I am sorry')))
        queue.push(booking);
    }
    const call = queue.shift();
    return call ? `${ACTION_LABEL} ${renderCall(call)}` : `${SYSTEM_LABEL} ${reply()}`;
  }

  const model: ChatModel = {
    id: mistake ? `scripted-agent-${mistake}` : 'scripted-agent',
    contextWindow: 8192,
    async *stream(): AsyncIterable<ChatStreamEvent> {
      const text = nextOutput();
      yield { type: 'delta', text };
      yield {
        type: 'done',
        result: {
          text,
          finishReason: 'stop',
          usage: { promptTokens: 0, prefilledTokens: 0, completionTokens: 0 },
        },
      };
    },
  };

  const domainOf = new Map<string, string>();
  function observe(event: TurnEvent) {
    if (event.type === 'tool-call') {
      const domain = Object.entries({
        ...SEARCH,
        ...Object.fromEntries(Object.entries(BOOK).map(([d, p]) => [d, p.tool])),
      }).find(([, tool]) => tool === event.call.name)?.[0];
      if (domain) domainOf.set(event.call.id, domain);
    }
    if (event.type !== 'tool-result') return;
    const domain = domainOf.get(event.callId) ?? lastDomain;
    const state = belief(domain);
    const { result } = event;
    if (!result.ok) {
      const [first = ''] = result.error.message.split(/(?<=\.)\s/);
      said.push(`I am sorry: ${first} Would you like something else?`);
      return;
    }
    const results = result.data['results'];
    if (Array.isArray(results)) {
      const records = results as Record<string, unknown>[];
      const fits = records[0];
      if (fits) state.offered = fits;
      const name = String(fits?.['name'] ?? fits?.['train_id'] ?? '');
      const detail = fits?.['leave_at']
        ? ` It leaves at ${String(fits['leave_at'])} and arrives at ${String(fits['arrive_by'])}.`
        : '';
      said.push(`I suggest ${name}.${detail}`);
      return;
    }
    if (result.data['reference']) {
      state.booked = true;
      const extras = ['car', 'phone', 'total_price']
        .filter((key) => result.data[key] !== undefined)
        .map((key) => ` The ${key.replace('_', ' ')} is ${String(result.data[key])}.`)
        .join('');
      said.push(
        `Your booking is confirmed. The reference number is ${String(result.data['reference'])}.${extras}`,
      );
    }
  }

  return { model, hear, observe };
}
