import { createIdbKeyValueStore } from '../../adapters/idb-keyval/idb-key-value-store';
import type { KeyValueStore } from '../../core/storage/key-value-store';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createEvaluationRunStore, type EvaluationRunStore } from '../../eval/evaluation-run-store';
import { createEvaluationRunActions } from './evaluation-runs';
import { createMultiwozChoiceActions } from './multiwoz-runs';
import { createPlayActions } from './play-walkthrough';
import type {
  WalkthroughApi,
  WalkthroughSlice,
  WalkthroughSliceDependencies,
} from './walkthrough-types';
import type { Walkthrough } from '../../eval/walkthrough';

// The slice's parts live beside it; the views import the slice and its shapes from here.
export type {
  EvaluationProgress,
  WalkthroughSlice,
  WalkthroughSliceDependencies,
} from './walkthrough-types';
// The views read these shapes and the paper's figures from here, not from the evaluator.
export type { EvaluationRun, RunSetup } from '../../eval/evaluation-result';
export { setupOf } from '../../eval/evaluation-result';
export type { MultiwozGoal } from '../../eval/multiwoz/dialogue-acts';
export type { MultiwozSummary } from '../../eval/multiwoz/multiwoz-summary';
export type { DialogueResult } from '../../eval/multiwoz/run-dialogue';
export type { TurnLevelResult } from '../../eval/multiwoz/run-turn-level';
export type { EvaluationRunSummary } from '../../eval/evaluation-run-store';
export type { Walkthrough } from '../../eval/walkthrough';
export type { ProfileSummary, WalkthroughResult } from '../../eval/evaluation-result';
export { PUBLISHED_FIGURES, PUBLISHED_FIGURES_NOTE } from '../../eval/published-figures';

function defaultRunStore(): KeyValueStore {
  return typeof indexedDB === 'undefined'
    ? createMemoryKeyValueStore()
    : createIdbKeyValueStore('coalm-web-evaluation', 'runs');
}

/** The walkthroughs are built in a chunk of their own, when an evaluation view first opens. */
const loadWalkthroughs = async () =>
  (await import('../../eval/walkthroughs/index')).buildWalkthroughs();

export function createWalkthroughSlice(
  api: WalkthroughApi,
  dependencies: WalkthroughSliceDependencies = {},
): WalkthroughSlice {
  const runs = createEvaluationRunStore(dependencies.runStore ?? defaultRunStore());
  const now = dependencies.now ?? (() => Date.now());

  return {
    ready: false,
    walkthroughs: [],
    selectedId: null,
    turnIndex: 0,
    conversationId: null,
    playing: false,
    autoPlaying: false,
    chosenIds: [],
    chosenProfiles: ['cra-exact', 'cra-chat'],
    evalWorld: 'generated',
    multiwozMode: 'dialogue',
    multiwozUser: 'agenda',
    goals: [],
    goalsStatus: 'idle',
    chosenGoalIds: [],
    constrained: false,
    running: false,
    progress: null,
    error: null,
    currentRun: null,
    pastRuns: [],
    init: createInitAction(api, dependencies.buildWalkthroughs ?? loadWalkthroughs, runs),
    ...createPlayActions(api),
    ...createEvaluationRunActions(api, { runs, now }),
    ...createMultiwozChoiceActions(api),
  };
}

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
