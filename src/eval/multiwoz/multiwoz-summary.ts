/** Overall figures of a MultiWOZ-world run, per mode and agent. */
import { addCallCounts, callAccuracy, emptyCallCounts } from '../metrics/api-call-accuracy';
import { fuzzyJointGoalAccuracy, jointGoalAccuracy } from '../metrics/joint-goal-accuracy';
import type { DialogueResult } from './run-dialogue';
import type { TurnLevelResult } from './run-turn-level';

export interface MultiwozSummary {
  mode: 'dialogue' | 'turn-level';
  agent: string;
  goals: number;
  completed: number | null;
  inform: number | null;
  success: number | null;
  jointGoalAccuracy: number | null;
  jointGoalAccuracyFuzzy: number | null;
  apiAccuracy: number | null;
  slotF1: number | null;
  bookingCorrect: number | null;
  meanTurns: number | null;
}

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

export function summarizeDialogues(
  agent: string,
  results: readonly DialogueResult[],
): MultiwozSummary {
  const states = results.flatMap((result) => result.turnStates);
  const bookings = results.filter((result) => result.bookingCorrect !== null);
  return {
    mode: 'dialogue',
    agent,
    goals: results.length,
    completed: share(results.filter((result) => result.completed).length, results.length),
    inform: share(results.filter((result) => result.inform).length, results.length),
    success: share(results.filter((result) => result.success).length, results.length),
    jointGoalAccuracy: states.length ? jointGoalAccuracy(states) : null,
    jointGoalAccuracyFuzzy: states.length ? fuzzyJointGoalAccuracy(states) : null,
    apiAccuracy: null,
    slotF1: null,
    bookingCorrect: bookings.length
      ? share(bookings.filter((result) => result.bookingCorrect).length, bookings.length)
      : null,
    meanTurns: share(
      results.reduce((sum, result) => sum + result.turns, 0),
      results.length,
    ),
  };
}

export function summarizeTurnLevel(
  agent: string,
  results: readonly TurnLevelResult[],
): MultiwozSummary {
  const calls = callAccuracy(
    results.reduce((sum, result) => addCallCounts(sum, result.callCounts), emptyCallCounts()),
  );
  const states = results.flatMap((result) => result.turnStates);
  return {
    mode: 'turn-level',
    agent,
    goals: results.length,
    completed: null,
    inform: null,
    success: null,
    jointGoalAccuracy: jointGoalAccuracy(states),
    jointGoalAccuracyFuzzy: fuzzyJointGoalAccuracy(states),
    apiAccuracy: calls.accuracy,
    slotF1: calls.slotF1,
    bookingCorrect: null,
    meanTurns: null,
  };
}
