/**
 * Joint goal accuracy as MultiWOZ defines it: per user turn, does the whole tracked state equal
 * the gold state? Strictly (values equal after normalisation; "dontcare" is a value) and, beside
 * it, as the CoALM authors' fork of mwzeval does: the same slots, each value matching with
 * fuzzywuzzy's partial_ratio above 95. Also the state's slot precision, recall and F1 (mwzeval's
 * tp/fp/fn over slots, strict).
 */
import type { DialogueState } from '../../core/conversation/conversation';
import { slotName } from '../../core/state/dialogue-state';
import { normalizeValue } from '../normalize';
import { fuzzyEqual } from './partial-ratio';

export interface TurnStateScore {
  turn: number;
  correct: boolean;
  /** The CoALM evaluator's verdict: same slots, values with partial_ratio > 95. */
  fuzzyCorrect: boolean;
  /** Triples the tracker holds that the gold state does not. */
  extra: string[];
  /** Gold triples the tracker lacks or holds with another value. */
  missing: string[];
}

/** "domain-slot" -> normalised value; empty values and `ignoredSlots` left out. */
export function flattenState(
  state: DialogueState | undefined,
  ignoredSlots: readonly string[] = [],
): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [domain, slots] of Object.entries(state ?? {}))
    for (const [slot, raw] of Object.entries(slots)) {
      const value = normalizeValue(raw);
      const key = slotName(slot);
      if (value !== '' && !ignoredSlots.includes(key))
        flat.set(`${domain.toLowerCase()}-${key}`, value);
    }
  return flat;
}

function fuzzyMatches(gold: Map<string, string>, tracked: Map<string, string>): boolean {
  if (gold.size !== tracked.size) return false;
  for (const [slot, value] of gold) {
    const other = tracked.get(slot);
    if (other === undefined || !fuzzyEqual(other, value)) return false;
  }
  return true;
}

/**
 * `ignoredSlots` are left out on both sides: booking references are outcomes the world draws,
 * not something the user said, so they are scored by Success instead.
 */
export function scoreTurnStates(
  gold: readonly DialogueState[],
  tracked: readonly (DialogueState | undefined)[],
  ignoredSlots: readonly string[] = [],
): TurnStateScore[] {
  return gold.map((goldState, turn) => {
    const expected = flattenState(goldState, ignoredSlots);
    const actual = flattenState(tracked[turn], ignoredSlots);
    const triple = ([slot, value]: [string, string]) => `${slot}=${value}`;
    const extra = [...actual].filter(([slot, value]) => expected.get(slot) !== value).map(triple);
    const missing = [...expected].filter(([slot, value]) => actual.get(slot) !== value).map(triple);
    return {
      turn,
      correct: extra.length === 0 && missing.length === 0,
      fuzzyCorrect: fuzzyMatches(expected, actual),
      extra,
      missing,
    };
  });
}

export function jointGoalAccuracy(scores: readonly TurnStateScore[]): number {
  if (scores.length === 0) return 1;
  return scores.filter((score) => score.correct).length / scores.length;
}

export function fuzzyJointGoalAccuracy(scores: readonly TurnStateScore[]): number {
  if (scores.length === 0) return 1;
  return scores.filter((score) => score.fuzzyCorrect).length / scores.length;
}
