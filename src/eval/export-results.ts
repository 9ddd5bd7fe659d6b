/** Evaluation runs as files: the whole run as JSON, one row per walkthrough and profile as CSV. */
import type { EvaluationRun } from './evaluation-result';

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

export function evaluationRunToCsv(run: EvaluationRun): string {
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
  const slim = {
    ...run,
    results: run.results.map((result) => ({
      ...result,
      transcript: result.transcript.map((turn) => ({
        ...turn,
        steps: turn.steps.map(({ prompt: _prompt, ...step }) => step),
      })),
    })),
  };
  return JSON.stringify(slim, null, 2);
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
