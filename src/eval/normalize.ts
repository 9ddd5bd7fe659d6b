/**
 * Comparisons in scoring happen after normalisation, so "Centre", " centre" and 4 vs "4" count as
 * the same value, and every way of saying "no preference" is the one value "dontcare".
 */
import type { DialogueState } from '../core/conversation/conversation';
import { slotName } from '../core/state/dialogue-state';

const dontCareSpellings = new Set(['dontcare', 'dont care', "don't care", 'do not care', 'any']);

export function normalizeValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(normalizeValue).join(',');
  if (value === null || value === undefined) return '';
  const text = String(value).trim().toLowerCase().replace(/\s+/g, ' ');
  return dontCareSpellings.has(text) ? 'dontcare' : text;
}

export function normalizeSlots(values: Readonly<Record<string, unknown>>): Map<string, string> {
  const normalized = new Map<string, string>();
  for (const [key, value] of Object.entries(values)) {
    const text = normalizeValue(value);
    if (text !== '') normalized.set(slotName(key), text);
  }
  return normalized;
}

/** domain-slot-value triples as "domain-slot=value" strings; empty domains disappear. */
export function stateTriples(state: DialogueState | undefined): Set<string> {
  const triples = new Set<string>();
  for (const [domain, slots] of Object.entries(state ?? {})) {
    for (const [slot, value] of normalizeSlots(slots))
      triples.add(`${domain.toLowerCase()}-${slot}=${value}`);
  }
  return triples;
}

/** True when every expected slot is present with the same normalised value. */
export function slotsInclude(
  actual: Readonly<Record<string, unknown>>,
  expected: Readonly<Record<string, unknown>>,
): boolean {
  const actualSlots = normalizeSlots(actual);
  for (const [key, value] of normalizeSlots(expected))
    if (actualSlots.get(key) !== value) return false;
  return true;
}
