/**
 * Goals over the MultiWOZ world, drawn the way MultiWOZ drew its own: sample a record, take its
 * values as the user's constraints, add booking values and requests. Seeded, so the same 60
 * goals come out every time. Features are probed on the real world: a fail_info value really
 * matches nothing, a fail_book really is refused and its fallback really accepted, for the venue
 * the agent will offer (the first result).
 */
import type { ToolArguments, ToolResult } from '../../core/tools/tool-definition';
import type { WorldData } from '../../mock-apis/world/records';
import { createSeededRandom, pickOne, type RandomSource } from '../../core/random/seeded-random';
import { createEvaluationWorld } from '../evaluation-world';
import type { DomainGoal, SlotValues } from '../walkthrough';
import type { MultiwozGoal } from './dialogue-acts';
import { GOAL_PATTERNS, type DomainPlan } from './goal-patterns';

export const GOAL_SEED = 2018;
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const TIMES = ['12:00', '12:30', '13:00', '17:30', '18:00', '18:30', '19:00', '19:30', '20:00'];
const SEARCH_TOOL: Record<string, string> = {
  restaurant: 'FindRestaurants',
  hotel: 'FindHotels',
  train: 'FindTrains',
  attraction: 'FindAttractions',
};
const BOOK_TOOL: Record<string, string> = {
  restaurant: 'ReserveRestaurant',
  hotel: 'ReserveHotel',
  train: 'BuyTrainTickets',
};

interface Probe {
  run(name: string, args: ToolArguments): Promise<ToolResult>;
}

function probe(data: WorldData): Probe {
  let conversation = 0;
  return {
    // A fresh world and conversation per probe, as each dialogue gets.
    run: (name, args) =>
      createEvaluationWorld(data).tools.dispatch(
        { name, arguments: args },
        { conversationId: `goal-probe-${conversation++}` },
      ),
  };
}

function firstResult(result: ToolResult): Record<string, unknown> | undefined {
  const results = result.ok ? result.data['results'] : undefined;
  return Array.isArray(results) ? (results[0] as Record<string, unknown> | undefined) : undefined;
}

function info(data: WorldData, domain: string, plan: DomainPlan, random: RandomSource): SlotValues {
  if (domain === 'restaurant') {
    const record = pickOne(random, data.restaurants);
    const all = { area: record.area, food: record.food, price_range: record.priceRange };
    return plan.dontcare ? { ...all, price_range: 'dontcare' } : all;
  }
  if (domain === 'hotel') {
    const record = pickOne(random, data.hotels);
    const all: SlotValues = {
      area: record.area,
      type: record.type,
      price_range: record.priceRange,
    };
    if (record.parking === 'yes' && random() < 0.5) all['parking'] = 'yes';
    else all['stars'] = String(record.stars);
    return all;
  }
  if (domain === 'attraction') {
    const record = pickOne(random, data.attractions ?? []);
    return { area: record.area, type: record.type };
  }
  if (domain === 'taxi') {
    const from = pickOne(random, data.restaurants).name;
    const to = pickOne(random, [...(data.attractions ?? []), ...data.hotels]).name;
    return { departure: from, destination: to, leave_at: pickOne(random, TIMES) };
  }
  const train = pickOne(random, data.trains);
  const hour = Number(train.leaveAt.slice(0, 2));
  const base = { departure: train.departure, destination: train.destination, day: train.day };
  return plan.arriveBy
    ? { ...base, arrive_by: `${String(Math.min(23, hour + 3)).padStart(2, '0')}:00` }
    : { ...base, leave_after: `${String(hour).padStart(2, '0')}:00` };
}

/** A value of `slot` that, with the other constraints, matches nothing (fail_info). */
async function failingValue(
  world: Probe,
  domain: string,
  base: SlotValues,
  slot: string,
  candidates: readonly string[],
): Promise<string | undefined> {
  for (const value of candidates) {
    if (value === base[slot]) continue;
    const result = await world.run(SEARCH_TOOL[domain]!, { ...base, [slot]: value });
    if (!result.ok && result.error.code === 'no-match') return value;
  }
  return undefined;
}

function bookingValues(domain: string, random: RandomSource): SlotValues {
  const people = String(1 + Math.floor(random() * 6));
  if (domain === 'restaurant')
    return { people, day: pickOne(random, DAYS), time: pickOne(random, TIMES) };
  if (domain === 'hotel')
    return { people, day: pickOne(random, DAYS), stay: String(1 + Math.floor(random() * 4)) };
  return { people };
}

function bookingArguments(
  domain: string,
  entity: Record<string, unknown>,
  book: SlotValues,
  day?: string,
) {
  const numbers = Object.fromEntries(
    Object.entries(book).map(([key, value]) => [key, /^\d+$/.test(value) ? Number(value) : value]),
  );
  if (domain === 'train')
    return { train_id: String(entity['train_id']), day: day ?? '', ...numbers };
  return { name: String(entity['name']), ...numbers };
}

/** Booking values the world accepts for the offered entity; with fail_book, a refused first try. */
async function planBooking(
  world: Probe,
  domain: string,
  goal: DomainGoal,
  plan: DomainPlan,
  random: RandomSource,
): Promise<Pick<DomainGoal, 'book' | 'fail_book'> | undefined> {
  const offered = firstResult(await world.run(SEARCH_TOOL[domain]!, goal.info));
  if (!offered) return undefined;
  const vary = domain === 'hotel' ? 'day' : 'time';
  const choices = vary === 'day' ? DAYS : TIMES;
  for (let attempt = 0; attempt < 80; attempt += 1) {
    const book = bookingValues(domain, random);
    if (plan.failBook) book['people'] = String(5 + Math.floor(random() * 4));
    const args = bookingArguments(domain, offered, book, goal.info['day']);
    const first = await world.run(BOOK_TOOL[domain]!, args);
    if (!plan.failBook) {
      if (first.ok) return { book };
      continue;
    }
    if (first.ok || first.error.code !== 'unavailable') continue;
    for (const value of choices) {
      const fallback = { ...book, [vary]: value };
      if ((await world.run(BOOK_TOOL[domain]!, bookingArguments(domain, offered, fallback))).ok)
        return { fail_book: { [vary]: book[vary] ?? '' }, book: fallback };
    }
  }
  return undefined;
}

const REQUESTS: Record<string, readonly string[]> = {
  restaurant: ['phone', 'postcode', 'address'],
  hotel: ['phone', 'postcode', 'address'],
  attraction: ['postcode', 'phone', 'entrance_fee'],
  train: ['arrive_by', 'price', 'duration'],
  taxi: [],
};

async function domainGoal(
  data: WorldData,
  world: Probe,
  domain: string,
  plan: DomainPlan,
  random: RandomSource,
): Promise<DomainGoal | undefined> {
  const goal: DomainGoal = { info: info(data, domain, plan, random), reqt: [] };
  if (plan.failInfo) {
    const foods = [...new Set(data.restaurants.map((item) => item.food))];
    const failing =
      domain === 'restaurant'
        ? await failingValue(world, domain, goal.info, 'food', foods)
        : await failingValue(world, domain, goal.info, 'area', [
            'north',
            'south',
            'east',
            'west',
            'centre',
          ]);
    if (!failing) return undefined;
    goal.fail_info = { [domain === 'restaurant' ? 'food' : 'area']: failing };
  }
  if (domain === 'taxi') {
    // A time at which a taxi is free, so the ideal agent can book it.
    for (const time of TIMES) {
      const taxi = { ...goal.info, leave_at: time };
      if ((await world.run('BookTaxi', taxi)).ok)
        return { info: taxi, book: { ...taxi }, reqt: ['reference'] };
    }
    return undefined;
  }
  if (plan.book) {
    const booking = await planBooking(world, domain, goal, plan, random);
    if (!booking) return undefined;
    Object.assign(goal, booking);
  }
  // Only attributes the offered entity has a value for ("?" is MultiWOZ's unknown).
  const offered = firstResult(await world.run(SEARCH_TOOL[domain]!, goal.info)) ?? {};
  const known = (REQUESTS[domain] ?? []).filter(
    (attribute) => offered[attribute] !== undefined && offered[attribute] !== '?',
  );
  const requests = known.filter(() => plan.requests && random() < 0.6);
  goal.reqt = requests.length > 0 || !plan.requests || !known[0] ? requests : [known[0]];
  if (plan.book) goal.reqt.push('reference');
  return goal;
}

export async function generateMultiwozGoals(data: WorldData): Promise<MultiwozGoal[]> {
  const random = createSeededRandom(GOAL_SEED);
  const world = probe(data);
  const goals: MultiwozGoal[] = [];
  for (const pattern of GOAL_PATTERNS) {
    for (let copy = 0; copy < pattern.count; copy += 1) {
      let built: MultiwozGoal | undefined;
      for (let tries = 0; tries < 20 && !built; tries += 1) {
        const goal: MultiwozGoal['goal'] = {};
        let ok = true;
        for (const plan of pattern.domains) {
          const made = await domainGoal(data, world, plan.domain, plan, random);
          if (!made) ok = false;
          else goal[plan.domain] = made;
        }
        if (!ok) continue;
        const number = String(goals.length + 1).padStart(2, '0');
        built = {
          id: `mwz-${number}-${pattern.id}`,
          title: pattern.title,
          tags: pattern.tags,
          goal,
          order: pattern.domains.map((plan) => plan.domain),
          ...(pattern.withhold ? { withhold: pattern.withhold } : {}),
        };
      }
      if (!built) throw new Error(`No goal could be drawn for the pattern ${pattern.id}.`);
      goals.push(built);
    }
  }
  return goals;
}
