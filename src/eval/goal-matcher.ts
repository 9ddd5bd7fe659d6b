/**
 * "A database query": which entities of the world satisfy a set of constraints, as MultiWOZ's
 * scorer queries its venue database with a goal's `info` or with a turn's dialogue state. Works
 * on the world's records directly, so the search tools' five-result cap hides nothing. Only the
 * informable slots of a domain constrain (a state's people, day or time of a table do not).
 */
import { slotName } from '../core/state/dialogue-state';
import { normalizeValue } from './normalize';
import { entityKey, recordField, type EntityRecord } from './trace-facts';
import type { SlotValues, UserGoal } from './walkthrough';

/** MultiWOZ's informable slots per domain (normalised), plus our train time bounds. */
const informable: Record<string, readonly string[]> = {
  restaurant: ['area', 'food', 'pricerange', 'name'],
  hotel: ['area', 'type', 'pricerange', 'stars', 'parking', 'internet', 'name'],
  attraction: ['area', 'type', 'name'],
  train: ['departure', 'destination', 'day', 'leaveat', 'leaveafter', 'arriveby'],
};

export interface VenueDatabase {
  /** Domains with entities to offer (taxis have none: any car is the right car). */
  readonly domains: readonly string[];
  /** Normalised keys (venue names, train ids) of every entity that satisfies the constraints. */
  query(domain: string, constraints: Readonly<Record<string, unknown>>): string[];
  /** Every entity's key in a domain: the names a reply may offer, as mwzeval delexicalises. */
  keys(domain: string): readonly string[];
  /**
   * The record behind a key, for the attributes a user requests. MultiWOZ reuses train ids
   * across days, so `constraints` (e.g. the goal's) pick the right one.
   */
  record(
    domain: string,
    key: string,
    constraints?: Readonly<Record<string, unknown>>,
  ): EntityRecord | undefined;
}

export function satisfies(record: EntityRecord, info: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(info).every(([slot, wanted]) => {
    const value = normalizeValue(wanted);
    if (value === 'dontcare' || value === '') return true;
    const key = slotName(slot);
    const actual = normalizeValue(recordField(record, slot));
    // Train times are bounds, as in the benchmark: leave at or after, arrive by or before.
    if (key === 'leaveafter' || key === 'leaveat')
      return normalizeValue(recordField(record, 'leaveAt')) >= value;
    if (key === 'arriveby') return actual <= value;
    if (key === 'name') return actual.includes(value) || value.includes(actual);
    return actual === value;
  });
}

export function createVenueDatabase(
  records: Readonly<Record<string, readonly object[]>>,
): VenueDatabase {
  const byKey = new Map<string, Map<string, EntityRecord>>();
  const index = (domain: string) => {
    let keyed = byKey.get(domain);
    if (!keyed) {
      keyed = new Map();
      for (const record of (records[domain] ?? []) as EntityRecord[]) {
        const key = entityKey(record);
        if (key !== undefined && !keyed.has(key)) keyed.set(key, record);
      }
      byKey.set(domain, keyed);
    }
    return keyed;
  };
  return {
    keys: (domain) => [...index(domain).keys()],
    record: (domain, key, constraints) =>
      constraints
        ? ((records[domain] ?? []) as EntityRecord[]).find(
            (record) => entityKey(record) === key && satisfies(record, constraints),
          )
        : index(domain).get(key),
    domains: Object.keys(informable).filter((domain) => domain in records),
    query(domain, constraints) {
      const slots = informable[domain] ?? [];
      const relevant = Object.fromEntries(
        Object.entries(constraints).filter(([slot]) => slots.includes(slotName(slot))),
      );
      return ((records[domain] ?? []) as EntityRecord[])
        .filter((record) => satisfies(record, relevant))
        .map((record) => entityKey(record))
        .filter((key): key is string => key !== undefined);
    },
  };
}

/** The generated world's (or the MultiWOZ world's) records by domain. */
export function recordsByDomain(data: {
  restaurants: readonly object[];
  hotels: readonly object[];
  trains: readonly object[];
  attractions?: readonly object[];
}): Record<string, readonly object[]> {
  return {
    restaurant: data.restaurants,
    hotel: data.hotels,
    train: data.trains,
    ...(data.attractions ? { attraction: data.attractions } : {}),
  };
}

/** Domain -> keys of every entity matching the goal's info. */
export function matchingEntities(
  goal: UserGoal,
  database: VenueDatabase,
): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(goal).map(([domain, domainGoal]) => [
      domain,
      database.query(domain, domainGoal.info as SlotValues),
    ]),
  );
}
