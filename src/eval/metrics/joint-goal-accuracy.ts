import type { DialogueState } from '../../core/conversation/conversation';
import { stateTriples } from '../normalize';

export interface TurnStateScore {
  turn: number;
  correct: boolean;
  /** Triples the tracker holds that the gold state does not. */
  extra: string[];
  /** Gold triples the tracker lacks or holds with another value. */
  missing: string[];
}

/**
 * Per user turn: does the tracked state equal the gold state exactly ("dontcare" is a value)?
 * `ignoredSlots` are left out on both sides: booking references are outcomes the world draws,
 * not something the user said, so they are scored by Success instead.
 */
export function scoreTurnStates(
  gold: readonly DialogueState[],
  tracked: readonly (DialogueState | undefined)[],
  ignoredSlots: readonly string[] = [],
): TurnStateScore[] {
  const keep = (triple: string) =>
    !ignoredSlots.includes(triple.slice(triple.indexOf('-') + 1, triple.indexOf('=')));
  return gold.map((goldState, turn) => {
    const expected = new Set([...stateTriples(goldState)].filter(keep));
    const actual = new Set([...stateTriples(tracked[turn])].filter(keep));
    const extra = [...actual].filter((triple) => !expected.has(triple));
    const missing = [...expected].filter((triple) => !actual.has(triple));
    return { turn, correct: extra.length === 0 && missing.length === 0, extra, missing };
  });
}

export function jointGoalAccuracy(scores: readonly TurnStateScore[]): number {
  if (scores.length === 0) return 1;
  return scores.filter((score) => score.correct).length / scores.length;
}
