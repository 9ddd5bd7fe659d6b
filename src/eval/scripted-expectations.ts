/**
 * What a scripted run must score, compared metric by metric: the ideal agent perfectly, and each
 * deliberate mistake below the ideal agent exactly in the metrics it should cost and equal to it
 * in all the others. A check that fails names the walkthrough, the variant and the figure.
 */
import type { WalkthroughResult } from './evaluation-result';
import type { MistakeKind } from './walkthrough';

export type CheckedMetric =
  'inform' | 'success' | 'jga' | 'jgaFuzzy' | 'apiAccuracy' | 'slotF1' | 'bookingCorrect';

/** The headline metrics as numbers (1 is perfect); booking correctness is null without a booking goal. */
export function checkedMetrics(result: WalkthroughResult): Record<CheckedMetric, number | null> {
  return {
    inform: result.inform ? 1 : 0,
    success: result.success ? 1 : 0,
    jga: result.jointGoalAccuracy,
    jgaFuzzy: result.jointGoalAccuracyFuzzy,
    apiAccuracy: result.calls.accuracy,
    slotF1: result.calls.slotF1,
    bookingCorrect: result.bookingCorrect === null ? null : result.bookingCorrect ? 1 : 0,
  };
}

/** Which metrics each deliberate mistake must lower; every other metric must stay perfect. */
export const MISTAKE_LOWERS: Record<MistakeKind, readonly CheckedMetric[]> = {
  // The search asks for another cuisine or day: calls and state are wrong, but the agent still
  // books the venue the user chose, so Inform and Success hold.
  'wrong-slot-value': ['apiAccuracy', 'slotF1', 'jga', 'jgaFuzzy'],
  'missing-request': ['success'],
  // The booking's arguments enter the state a turn early.
  'premature-booking': ['apiAccuracy', 'slotF1', 'jga', 'jgaFuzzy'],
  'wrong-venue': ['inform', 'success'],
  'wrong-booking-value': ['apiAccuracy', 'slotF1', 'jga', 'jgaFuzzy', 'bookingCorrect', 'success'],
};

function metricProblems(result: WalkthroughResult, lowers: readonly CheckedMetric[]): string[] {
  const problems: string[] = [];
  for (const [metric, value] of Object.entries(checkedMetrics(result)) as [
    CheckedMetric,
    number | null,
  ][]) {
    if (value === null) {
      if (lowers.includes(metric)) problems.push(`${metric} should be below 1, is not scored`);
      continue;
    }
    if (lowers.includes(metric) && value >= 1) problems.push(`${metric} should be below 1`);
    if (!lowers.includes(metric) && value !== 1)
      problems.push(`${metric} should be 1, is ${Math.round(value * 1000) / 1000}`);
  }
  return problems;
}

export function scriptedResultProblems(result: WalkthroughResult): string[] {
  const problems = result.completed ? [] : [`did not complete (${result.error ?? 'unknown'})`];
  if (result.variant === 'oracle') problems.push(...metricProblems(result, []));
  else if (result.variant !== 'model') {
    problems.push(...metricProblems(result, MISTAKE_LOWERS[result.variant]));
    if (result.variant === 'premature-booking' && result.calls.spuriousBookings < 1)
      problems.push('no spurious booking counted');
  }
  return problems.map(
    (problem) => `${result.walkthroughId} [${result.profile}, ${result.variant}]: ${problem}`,
  );
}
