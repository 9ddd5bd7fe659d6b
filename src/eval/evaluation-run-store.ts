/**
 * Past evaluation runs, one record per run under `eval-run:<id>`, so runs can be compared
 * (model x profile x options) after a reload. The list reads only the small summaries.
 */
import type { KeyValueStore } from '../core/storage/key-value-store';
import type { Turn } from '../core/conversation/conversation';
import type { EvaluationRun } from './evaluation-result';

export const EVALUATION_RUN_PREFIX = 'eval-run:';
const SUMMARY_PREFIX = 'eval-run-summary:';

export type EvaluationRunSummary = Omit<EvaluationRun, 'results'> & { walkthroughCount: number };

/** The list keeps a run's headline figures; a MultiWOZ run's dialogues stay in its record. */
export function summarizeRun(run: EvaluationRun): EvaluationRunSummary {
  const { results, multiwoz, ...rest } = run;
  if (multiwoz)
    return {
      ...rest,
      multiwoz: { summaries: multiwoz.summaries, dialogues: [], turnLevel: [] },
      walkthroughCount: multiwoz.summaries[0]?.goals ?? 0,
    };
  return { ...rest, walkthroughCount: new Set(results.map((result) => result.walkthroughId)).size };
}

export interface EvaluationRunStore {
  save(run: EvaluationRun): Promise<void>;
  get(id: string): Promise<EvaluationRun | undefined>;
  /** Newest first. */
  list(): Promise<EvaluationRunSummary[]>;
  delete(id: string): Promise<void>;
}

/** Prompts repeat the whole history on every call; a stored or exported run keeps the rest of each step. */
export function withoutPrompts(run: EvaluationRun): EvaluationRun {
  const { multiwoz } = run;
  return {
    ...run,
    results: run.results.map((result) => ({
      ...result,
      transcript: promptless(result.transcript),
    })),
    ...(multiwoz
      ? {
          multiwoz: {
            ...multiwoz,
            dialogues: multiwoz.dialogues.map((result) => ({
              ...result,
              transcript: promptless(result.transcript),
            })),
            turnLevel: multiwoz.turnLevel.map((result) => ({
              ...result,
              predicted: promptless(result.predicted),
            })),
          },
        }
      : {}),
  };
}

function promptless(turns: readonly Turn[]): Turn[] {
  return turns.map((turn) => ({
    ...turn,
    steps: turn.steps.map((step) => ({ ...step, prompt: [] })),
  }));
}

export function createEvaluationRunStore(store: KeyValueStore): EvaluationRunStore {
  return {
    save: (run) =>
      store.setMany([
        [EVALUATION_RUN_PREFIX + run.id, withoutPrompts(run)],
        [SUMMARY_PREFIX + run.id, summarizeRun(run)],
      ]),
    get: (id) => store.get<EvaluationRun>(EVALUATION_RUN_PREFIX + id),
    async list() {
      const keys = await store.keys(SUMMARY_PREFIX);
      const summaries = await store.getMany<EvaluationRunSummary>(keys);
      return summaries
        .filter((summary): summary is EvaluationRunSummary => summary !== undefined)
        .sort((left, right) => right.startedAt - left.startedAt);
    },
    async delete(id) {
      await store.delete(EVALUATION_RUN_PREFIX + id);
      await store.delete(SUMMARY_PREFIX + id);
    },
  };
}
