import type { EvaluationRunStore } from '../../eval/evaluation-run-store';
import type { Walkthrough } from '../../eval/walkthrough';
import type { WalkthroughSlice, WalkthroughApi } from './walkthrough-types';

/** Builds the walkthroughs and lists past runs once, however many views ask. */
export function createInitAction(
  api: WalkthroughApi,
  build: () => Promise<Walkthrough[]>,
  runs: EvaluationRunStore,
): WalkthroughSlice['init'] {
  let initializing: Promise<void> | null = null;
  return () => {
    initializing ??= (async () => {
      try {
        const walkthroughs = await build();
        const pastRuns = await runs.list().catch(() => []);
        api.set({
          ready: true,
          walkthroughs,
          selectedId: walkthroughs[0]?.id ?? null,
          chosenIds: walkthroughs.map((item) => item.id),
          pastRuns,
        });
      } catch (error) {
        api.set({ ready: true, error: `Walkthroughs could not be built: ${String(error)}` });
      }
    })();
    return initializing;
  };
}
