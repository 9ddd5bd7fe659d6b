/**
 * Evaluation runs as files: the whole run as JSON; as CSV, one row per walkthrough and profile,
 * or, for a MultiWOZ run, per goal and agent.
 */
import type { EvaluationRun, MultiwozResults } from './evaluation-result';
import { withoutPrompts } from './evaluation-run-store';

const csvColumns = [
  'walkthrough',
  'profile',
  'variant',
  'model',
  'completed',
  'inform',
  'success',
  'jga',
  'api_accuracy',
  'slot_precision',
  'slot_recall',
  'slot_f1',
  'spurious_calls',
  'booking_correct',
  'turns',
  'mean_latency_ms',
  'prefilled_tokens',
  'decoded_tokens',
] as const;

function csvCell(value: string | number | boolean | null): string {
  const text =
    value === null ? '' : typeof value === 'number' ? String(round(value)) : String(value);
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

const multiwozColumns = [
  'goal',
  'world',
  'mode',
  'agent',
  'user',
  'completed',
  'inform',
  'success',
  'jga',
  'jga_fuzzy',
  'api_accuracy',
  'slot_f1',
  'booking_correct',
  'turns',
] as const;

/** A MultiWOZ run: one row per goal and agent, in either mode. */
function multiwozRunToCsv(run: EvaluationRun, multiwoz: MultiwozResults): string {
  const user = run.setup?.user ?? '';
  const rows = [
    ...multiwoz.dialogues.map((result) => [
      result.goalId,
      'multiwoz',
      'dialogue',
      result.agent,
      user,
      result.completed,
      result.inform ? 1 : 0,
      result.success ? 1 : 0,
      result.jointGoalAccuracy,
      result.jointGoalAccuracyFuzzy,
      null,
      null,
      result.bookingCorrect,
      result.turns,
    ]),
    ...multiwoz.turnLevel.map((result) => [
      result.goalId,
      'multiwoz',
      'turn-level',
      result.agent,
      user,
      null,
      null,
      null,
      result.jointGoalAccuracy,
      result.jointGoalAccuracyFuzzy,
      result.calls.accuracy,
      result.calls.slotF1,
      null,
      result.predicted.length,
    ]),
  ].map((row) => row.map(csvCell).join(','));
  return [multiwozColumns.join(','), ...rows].join('\n') + '\n';
}

export function evaluationRunToCsv(run: EvaluationRun): string {
  if (run.multiwoz) return multiwozRunToCsv(run, run.multiwoz);
  const rows = run.results.map((result) =>
    [
      result.walkthroughId,
      result.profile,
      result.variant,
      result.modelId,
      result.completed,
      result.inform ? 1 : 0,
      result.success ? 1 : 0,
      result.jointGoalAccuracy,
      result.calls.accuracy,
      result.calls.slotPrecision,
      result.calls.slotRecall,
      result.calls.slotF1,
      result.calls.spurious,
      result.bookingCorrect,
      result.turns,
      result.costs.meanLatencyMs,
      result.costs.totalPrefilledTokens,
      result.costs.totalDecodedTokens,
    ]
      .map(csvCell)
      .join(','),
  );
  return [csvColumns.join(','), ...rows].join('\n') + '\n';
}

/** The run without transcripts' prompts, which repeat the whole history per call. */
export function evaluationRunToJson(run: EvaluationRun): string {
  return JSON.stringify(withoutPrompts(run), null, 2);
}

/** The run as a file to save, in the shape the app's downloads take. */
export function evaluationRunFile(
  run: EvaluationRun,
  format: 'json' | 'csv',
): { filename: string; mimeType: string; text: string } {
  return format === 'json'
    ? { filename: `${run.id}.json`, mimeType: 'application/json', text: evaluationRunToJson(run) }
    : { filename: `${run.id}.csv`, mimeType: 'text/csv', text: evaluationRunToCsv(run) };
}
