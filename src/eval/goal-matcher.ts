/**
 * "A database query with the goal": which entities of the world satisfy a domain goal's info
 * constraints. Works on the world's records directly, so the search tools' five-result cap does
 * not hide valid venues or trains.
 */
import type { WorldData } from '../mock-apis/world/records';
import { slotName } from '../core/state/dialogue-state';
import { normalizeValue } from './normalize';
import { entityKey, recordField, type EntityRecord } from './trace-facts';
import type { SlotValues, UserGoal } from './walkthrough';

const recordsByDomain: Record<string, (data: WorldData) => readonly object[]> = {
  restaurant: (data) => data.restaurants,
  hotel: (data) => data.hotels,
  train: (data) => data.trains,
};

export function satisfies(record: EntityRecord, info: SlotValues): boolean {
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

/** Domain -> normalised keys (venue names, train ids) of every entity matching the goal. */
export function matchingEntities(goal: UserGoal, data: WorldData): Record<string, string[]> {
  const matching: Record<string, string[]> = {};
  for (const [domain, domainGoal] of Object.entries(goal)) {
    const records = (recordsByDomain[domain]?.(data) ?? []) as EntityRecord[];
    matching[domain] = records
      .filter((record) => satisfies(record, domainGoal.info))
      .map((record) => entityKey(record))
      .filter((key): key is string => key !== undefined);
  }
  return matching;
}
