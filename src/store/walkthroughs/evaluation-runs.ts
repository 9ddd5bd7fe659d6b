import type { EvaluationRun } from '../../eval/evaluation-result';
import type { EvaluationRunStore } from '../../eval/evaluation-run-store';
import { evaluationRunFile } from '../../eval/export-results';
import type { EvaluationEngine } from '../../eval/run-evaluation';
import { planMultiwozRun, playMultiwozRun } from './multiwoz-runs';
import type { WalkthroughSlice, WalkthroughApi } from './walkthrough-types';

type RunActions = Pick<
  WalkthroughSlice,
  | 'setChosenIds'
  | 'setChosenProfiles'
  | 'setConstrained'
  | 'runEvaluation'
  | 'cancelEvaluation'
  | 'openRun'
  | 'deleteRun'
  | 'exportRun'
>;

export interface EvaluationRunServices {
  runs: EvaluationRunStore;
  now: () => number;
}

/**
 * Evaluation runs: choosing what to run, running it (model or scripted; the walkthroughs or the
 * MultiWOZ goals), keeping and exporting it.
 */
export function createEvaluationRunActions(
  api: WalkthroughApi,
  { runs, now }: EvaluationRunServices,
): RunActions {
  const own = () => api.get().walkthroughs;
  let controller: AbortController | null = null;

  /** Runs `play` with progress and a way to cancel, then keeps the run and shows it. */
  async function execute(
    total: number,
    play: (signal: AbortSignal) => Promise<EvaluationRun>,
  ): Promise<void> {
    controller = new AbortController();
    api.set({ running: true, error: null, progress: { done: 0, total, latest: null } });
    try {
      const run = await play(controller.signal);
      api.set({ currentRun: run });
      await runs.save(run).catch((error: unknown) => {
        api.set({ error: `The run could not be saved: ${String(error)}` });
      });
      api.set({ pastRuns: await runs.list().catch(() => own().pastRuns) });
    } catch (error) {
      api.set({ error: `Evaluation failed: ${String(error)}` });
    } finally {
      controller = null;
      api.set({ running: false });
    }
  }

  return {
    setChosenIds(ids) {
      api.set({ chosenIds: ids });
    },

    setChosenProfiles(profiles) {
      api.set({ chosenProfiles: profiles });
    },

    setConstrained(constrained) {
      api.set({ constrained });
    },

    async runEvaluation() {
      const state = own();
      if (state.running) return;
      if (api.get().chat?.busy) {
        api.set({ error: 'A chat reply is being written: wait for it, then run the evaluation.' });
        return;
      }
      const engineSlice = api.get().engine;
      const model = engineSlice?.status === 'ready' ? engineSlice.getChatModel() : null;
      const id = `run-${now()}`;
      const onProgress = (done: number, total: number, latest: string) =>
        api.set({ progress: { done, total, latest } });
      if (state.evalWorld === 'multiwoz') {
        const planned = planMultiwozRun(state, model);
        if ('error' in planned) {
          api.set({ error: planned.error });
          return;
        }
        await execute(planned.total, (signal) =>
          playMultiwozRun({ state, model, id, now, signal, onProgress }),
        );
        return;
      }
      const walkthroughs = state.walkthroughs.filter((item) => state.chosenIds.includes(item.id));
      if (walkthroughs.length === 0 || state.chosenProfiles.length === 0) {
        api.set({ error: 'Choose at least one walkthrough and one profile.' });
        return;
      }
      const engine: EvaluationEngine = model ? { kind: 'model', model } : { kind: 'scripted' };
      // The runner and its metrics are a chunk of their own, loaded with the first run.
      const { countPlannedRuns, runEvaluation } = await import('../../eval/run-evaluation');
      const total = countPlannedRuns({ walkthroughs, profiles: state.chosenProfiles, engine });
      await execute(total, (signal) =>
        runEvaluation({
          id,
          walkthroughs,
          profiles: state.chosenProfiles,
          engine,
          options: { engine: model ? 'model' : 'scripted', constrained: state.constrained },
          promptOptions: { constrained: state.constrained },
          now,
          signal,
          onProgress: (done, total, latest) => onProgress(done, total, latest.title),
        }),
      );
    },

    cancelEvaluation() {
      controller?.abort();
    },

    async openRun(id) {
      const run = await runs.get(id);
      api.set(run ? { currentRun: run } : { error: `No stored run ${id}.` });
    },

    async deleteRun(id) {
      await runs.delete(id);
      api.set((current) => ({
        pastRuns: current.pastRuns.filter((run) => run.id !== id),
        currentRun: current.currentRun?.id === id ? null : current.currentRun,
      }));
    },

    exportRun(format) {
      const run = own().currentRun;
      return run ? evaluationRunFile(run, format) : null;
    },
  };
}
