/**
 * How the agenda user says its acts, and how it reads the agent's reply: which slots the agent
 * asked for, and whether it reported no match, a refusal or a booking. Plain templates and
 * keyword rules, deterministic, so a scripted run is the same every time.
 */
const slotPhrases: Record<string, (value: string) => string> = {
  area: (value) => (value === 'dontcare' ? 'in any area' : `in the ${value}`),
  food: (value) => (value === 'dontcare' ? 'any kind of food' : `serving ${value} food`),
  price_range: (value) => (value === 'dontcare' ? 'at any price' : `in the ${value} price range`),
  type: (value) => `of the type ${value}`,
  stars: (value) => `with ${value} stars`,
  parking: (value) => (value === 'yes' ? 'with free parking' : 'without parking'),
  internet: (value) => (value === 'yes' ? 'with free wifi' : 'without wifi'),
  departure: (value) => `from ${value}`,
  destination: (value) => `to ${value}`,
  day: (value) => `on ${value}`,
  leave_after: (value) => `leaving after ${value}`,
  arrive_by: (value) => `arriving by ${value}`,
  leave_at: (value) => `leaving at ${value}`,
  people: (value) => `for ${value} ${value === '1' ? 'person' : 'people'}`,
  time: (value) => `at ${value}`,
  stay: (value) => `for ${value} ${value === '1' ? 'night' : 'nights'}`,
};

export const domainNouns: Record<string, string> = {
  restaurant: 'a restaurant',
  hotel: 'a place to stay',
  train: 'a train',
  attraction: 'an attraction',
  taxi: 'a taxi',
};

export function describeSlots(slots: Readonly<Record<string, string>>): string {
  return Object.entries(slots)
    .map(
      ([slot, value]) => slotPhrases[slot]?.(value) ?? `with ${slot.replace(/_/g, ' ')} ${value}`,
    )
    .join(', ');
}

const attributeNames: Record<string, string> = {
  entrance_fee: 'entrance fee',
  arrive_by: 'arrival time',
  leave_at: 'departure time',
  duration: 'journey time',
  reference: 'reference number',
};

export const describeAttributes = (attributes: readonly string[]) =>
  attributes.map((attribute) => attributeNames[attribute] ?? attribute).join(' and ');

/** Keyword rules for the slots an agent's question asks about. */
const questionRules: Record<string, RegExp> = {
  people:
    /how many (people|guests|tickets|of you)|for how many|party size|number of (people|tickets)/,
  day: /which day|what day|\bday\b/,
  time: /what time|which time|\btime\b/,
  stay: /how many nights|how long|\bnights?\b/,
  area: /\barea\b|part of (town|the city)/,
  food: /\bfood\b|cuisine/,
  price_range: /\bprice\b/,
  type: /\btype\b|what kind|which kind/,
  departure: /leaving from|departing from|where from|from where|\bdeparture\b|travel(l)?ing from/,
  destination: /going to|\bdestination\b|where to|travel(l)?ing to/,
  leave_after: /when .*leave|leave after|\bdepart\b|what time/,
  arrive_by: /arrive by|when .*arrive|\barrive\b/,
  leave_at: /when .*leave|pick you up|what time/,
};

export interface ReadReply {
  asked: string[];
  noMatch: boolean;
  refused: boolean;
  booked: boolean;
}

export function readReply(reply: string, candidates: readonly string[]): ReadReply {
  const text = reply.toLowerCase();
  const question = text.includes('?');
  const booked = /reference/.test(text) && !/cancel/.test(text);
  return {
    asked: question ? candidates.filter((slot) => questionRules[slot]?.test(text)) : [],
    noMatch: /there is no|there are no|no \w+ match|could not find|nothing match|no match/.test(
      text,
    ),
    refused:
      !booked &&
      /not available|no table|no room|fully booked|no taxi|unavailable|is full|has no/.test(text),
    booked,
  };
}
