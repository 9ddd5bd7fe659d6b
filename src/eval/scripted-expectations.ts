/**
 * What a scripted run must score: the oracle perfectly, each deliberate mistake below 1 exactly
 * where that mistake should cost. A check that fails names the walkthrough and the figure.
 */
import type { WalkthroughResult } from './evaluation-result';

function oracleProblems(result: WalkthroughResult): string[] {
  const problems: string[] = [];
  if (!result.success) problems.push('Success is 0');
  if (!result.inform) problems.push('Inform is 0');
  if (result.jointGoalAccuracy !== 1) problems.push(`JGA is ${result.jointGoalAccuracy}`);
  if (result.calls.accuracy !== 1) problems.push(`API accuracy is ${result.calls.accuracy}`);
  if (result.bookingCorrect === false) problems.push('booking is wrong');
  return problems;
}

function mistakeProblems(result: WalkthroughResult): string[] {
  const problems: string[] = [];
  const expectBelow = (name: string, value: number) => {
    if (value >= 1) problems.push(`${name} should be below 1`);
  };
  const expectFull = (name: string, value: number) => {
    if (value !== 1) problems.push(`${name} should be 1, is ${value}`);
  };
  if (result.variant === 'wrong-slot-value') {
    expectBelow('API accuracy', result.calls.accuracy);
    expectBelow('JGA', result.jointGoalAccuracy);
    expectBelow('slot F1', result.calls.slotF1);
  }
  if (result.variant === 'missing-request') {
    if (result.success) problems.push('Success should be 0');
    if (!result.inform) problems.push('Inform should be 1');
    expectFull('JGA', result.jointGoalAccuracy);
    expectFull('API accuracy', result.calls.accuracy);
  }
  if (result.variant === 'premature-booking') {
    expectBelow('API accuracy', result.calls.accuracy);
    if (result.calls.spuriousBookings < 1) problems.push('no spurious booking counted');
  }
  return problems;
}

export function scriptedResultProblems(result: WalkthroughResult): string[] {
  const problems = result.completed ? [] : [`did not complete (${result.error ?? 'unknown'})`];
  if (result.variant === 'oracle') problems.push(...oracleProblems(result));
  else if (result.variant !== 'model') problems.push(...mistakeProblems(result));
  return problems.map(
    (problem) => `${result.walkthroughId} [${result.profile}, ${result.variant}]: ${problem}`,
  );
}
