/**
 * What a scripted MultiWOZ run must show. Dialogue-level: the ideal agent completes every goal
 * with Inform and Success, and JGA 1 except where the user gives booking details before any
 * call is due (the goals that hold details back): a tracker that records calls cannot hold them
 * yet, and the gold state, written from what the user said, does. Every agent mistake is coped
 * with (the user still reaches the end of its goal) but costs: JGA or turns. Turn-level: the ideal agent
 * has API accuracy 1; each mistake lowers API accuracy and JGA.
 */
import type { MultiwozRun } from './run-multiwoz-evaluation';
import { IDEAL_AGENT } from './run-multiwoz-evaluation';
import type { MultiwozSummary } from './multiwoz-summary';

export function multiwozProblems(run: MultiwozRun): string[] {
  const problems: string[] = [];
  const summary = (mode: MultiwozSummary['mode'], agent: string) =>
    run.summaries.find((item) => item.mode === mode && item.agent === agent);
  for (const result of run.dialogues.filter((item) => item.agent === IDEAL_AGENT)) {
    const where = `${result.goalId} [dialogue, ideal]`;
    if (!result.completed) problems.push(`${where}: did not complete (${result.error ?? ''})`);
    if (!result.inform) problems.push(`${where}: Inform is 0`);
    if (!result.success) problems.push(`${where}: Success is 0`);
    const heldBack = result.tags.includes('clarification');
    if (!heldBack && result.jointGoalAccuracy !== 1)
      problems.push(`${where}: JGA is ${result.jointGoalAccuracy}`);
    if (heldBack && (result.jointGoalAccuracy ?? 1) >= 1)
      problems.push(`${where}: JGA should miss the details given before the booking call`);
  }
  const ideal = summary('dialogue', IDEAL_AGENT);
  for (const item of run.summaries.filter(
    (entry) => entry.mode === 'dialogue' && entry.agent !== IDEAL_AGENT,
  )) {
    // Coping means the user still reaches the end of its goal; Inform may still fall, as in
    // mwzeval, when the agent's state lets venues outside the goal through.
    if (item.completed !== 1)
      problems.push(
        `${item.agent} [dialogue]: the user did not cope (completed ${item.completed})`,
      );
    const costsState = (item.jointGoalAccuracy ?? 1) < (ideal?.jointGoalAccuracy ?? 1);
    const costsTurns = (item.meanTurns ?? 0) > (ideal?.meanTurns ?? 0);
    if (!costsState && !costsTurns)
      problems.push(`${item.agent} [dialogue]: costs neither JGA nor turns`);
  }
  const turnIdeal = summary('turn-level', IDEAL_AGENT);
  if (turnIdeal?.apiAccuracy !== 1)
    problems.push(`turn-level ideal: API accuracy is ${turnIdeal?.apiAccuracy}`);
  if (turnIdeal?.jointGoalAccuracy !== ideal?.jointGoalAccuracy)
    problems.push('turn-level ideal: JGA differs from the dialogue it replays');
  for (const item of run.summaries.filter(
    (entry) => entry.mode === 'turn-level' && entry.agent !== IDEAL_AGENT,
  )) {
    if ((item.apiAccuracy ?? 1) >= 1)
      problems.push(`${item.agent} [turn-level]: API accuracy should be below 1`);
    if ((item.jointGoalAccuracy ?? 1) >= (turnIdeal?.jointGoalAccuracy ?? 1))
      problems.push(`${item.agent} [turn-level]: JGA should be below the ideal agent's`);
  }
  return problems;
}
