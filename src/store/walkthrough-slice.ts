import { createIdbKeyValueStore } from '../adapters/idb-keyval/idb-key-value-store';
import { createScriptedChatModel } from '../adapters/scripted-model/scripted-chat-model';
import type { PromptProfileId } from '../core/conversation/conversation';
import type { ChatModel } from '../core/model/chat-model';
import type { KeyValueStore } from '../core/storage/key-value-store';
import { createMemoryKeyValueStore } from '../core/storage/memory-key-value-store';
import type { EvaluationRun, WalkthroughResult } from '../eval/evaluation-result';
import { createEvaluationRunStore, type EvaluationRunSummary } from '../eval/evaluation-run-store';
import { evaluationRunFile } from '../eval/export-results';
import { countPlannedRuns, runEvaluation, type EvaluationEngine } from '../eval/run-evaluation';
import type { Walkthrough } from '../eval/walkthrough';
import { buildWalkthroughs } from '../eval/walkthroughs/index';
import type { TransferFile } from './chat-slice';
import type { SliceApi } from './slice';

// The views read these shapes and the paper's figures from here, not from the evaluator.
export type { EvaluationRun, EvaluationRunSummary, Walkthrough };
export type { ProfileSummary, WalkthroughResult } from '../eval/evaluation-result';
export { PUBLISHED_FIGURES, PUBLISHED_FIGURES_NOTE } from '../eval/published-figures';

/** Everything optional: tests pass fakes, the app gets IndexedDB and the scripted adapter. */
export interface WalkthroughSliceDependencies {
  /** Where past runs live (`eval-run:<id>`); IndexedDB in a browser, memory elsewhere. */
  runStore?: KeyValueStore;
  createScriptedModel?: (outputs: readonly string[]) => ChatModel;
  buildWalkthroughs?: () => Promise<Walkthrough[]>;
  now?: () => number;
}

export interface EvaluationProgress {
  done: number;
  total: number;
  latest: string | null;
}

export interface WalkthroughSlice {
  ready: boolean;
  walkthroughs: Walkthrough[];
  selectedId: string | null;
  /** The next user turn of the selected walkthrough to play. */
  turnIndex: number;
  /** The chat conversation the selected walkthrough plays into. */
  conversationId: string | null;
  playing: boolean;
  autoPlaying: boolean;
  /** Walkthroughs and profiles chosen for the next evaluation run. */
  chosenIds: string[];
  chosenProfiles: PromptProfileId[];
  /** Ask the engine to constrain decoding with the tools' grammar (an option to compare). */
  constrained: boolean;
  running: boolean;
  progress: EvaluationProgress | null;
  error: string | null;
  /** The selected walkthrough replayed by the scripted agent, shown without the chat. */
  preview: WalkthroughResult | null;
  /** The run shown on the results page. */
  currentRun: EvaluationRun | null;
  pastRuns: EvaluationRunSummary[];

  init(): Promise<void>;
  select(id: string): void;
  playNext(): Promise<void>;
  playAuto(): Promise<void>;
  stopAuto(): void;
  /** Replays the selected walkthrough with the oracle's outputs and scores it (no model needed). */
  previewScripted(): Promise<void>;
  setChosenIds(ids: string[]): void;
  setChosenProfiles(profiles: PromptProfileId[]): void;
  setConstrained(constrained: boolean): void;
  runEvaluation(): Promise<void>;
  cancelEvaluation(): void;
  openRun(id: string): Promise<void>;
  deleteRun(id: string): Promise<void>;
  exportRun(format: 'json' | 'csv'): TransferFile | null;
}

function defaultRunStore(): KeyValueStore {
  return typeof indexedDB === 'undefined'
    ? createMemoryKeyValueStore()
    : createIdbKeyValueStore('coalm-web-evaluation', 'runs');
}

export function createWalkthroughSlice(
  api: SliceApi<'walkthroughs'>,
  dependencies: WalkthroughSliceDependencies = {},
): WalkthroughSlice {
  const runs = createEvaluationRunStore(dependencies.runStore ?? defaultRunStore());
  const createScripted =
    dependencies.createScriptedModel ??
    ((outputs: readonly string[]) => createScriptedChatModel({ outputs }));
  const now = dependencies.now ?? (() => Date.now());
  const own = () => api.get().walkthroughs;
  let controller: AbortController | null = null;
  let initializing: Promise<void> | null = null;

  /** Bookings confirm themselves while a walkthrough plays: the user side is scripted. */
  const autoConfirmWhile = async (work: () => Promise<void>) => {
    const confirmPending = () => {
      const chat = api.get().chat;
      if (chat?.pendingConfirmation?.conversationId === own().conversationId)
        chat.resolveConfirmation(true);
    };
    const unsubscribe = api.store.subscribe(confirmPending);
    try {
      await work();
    } finally {
      unsubscribe();
    }
  };

  const selected = () => own().walkthroughs.find((item) => item.id === own().selectedId);

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
    constrained: false,
    running: false,
    progress: null,
    error: null,
    preview: null,
    currentRun: null,
    pastRuns: [],

    init() {
      initializing ??= (async () => {
        try {
          const walkthroughs = await (dependencies.buildWalkthroughs ?? buildWalkthroughs)();
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
    },

    select(id) {
      if (own().playing) return;
      api.set({
        selectedId: id,
        turnIndex: 0,
        conversationId: null,
        autoPlaying: false,
        preview: null,
      });
    },

    async playNext() {
      const walkthrough = selected();
      const chat = api.get().chat;
      const turn = walkthrough?.turns[own().turnIndex];
      if (!walkthrough || !turn || !chat || own().playing || chat.busy) return;
      api.set({ playing: true, error: null });
      try {
        await autoConfirmWhile(async () => {
          const playedInto = own().conversationId;
          // Come back to the walkthrough's conversation if the chat moved elsewhere meanwhile.
          if (playedInto && chat.activeId !== playedInto)
            await chat.openConversation(playedInto).catch(() => undefined);
          if (!playedInto || api.get().chat.activeId !== playedInto) {
            const id = await chat.newConversation();
            await chat.renameConversation(id, `Walkthrough: ${walkthrough.title}`);
            api.set({ conversationId: id });
          }
          const before = api.get().chat.active?.turns.length ?? 0;
          await api.get().chat.send(turn.user);
          // The chat slice sends nothing without a model; say why instead of skipping the turn.
          if ((api.get().chat.active?.turns.length ?? 0) === before)
            throw new Error(
              'No model answered: load one (or open the app with ?engine=scripted). The Evaluation view replays the scripted agent without one.',
            );
        });
        api.set((current) => ({ turnIndex: current.turnIndex + 1 }));
      } catch (error) {
        api.set({
          error: error instanceof Error ? error.message : String(error),
          autoPlaying: false,
        });
      } finally {
        api.set({ playing: false });
      }
    },

    async playAuto() {
      api.set({ autoPlaying: true });
      while (own().autoPlaying && (selected()?.turns.length ?? 0) > own().turnIndex) {
        const before = own().turnIndex;
        await own().playNext();
        if (own().turnIndex === before) break;
      }
      api.set({ autoPlaying: false });
    },

    stopAuto() {
      api.set({ autoPlaying: false });
    },

    async previewScripted() {
      const walkthrough = selected();
      if (!walkthrough) return;
      const run = await runEvaluation({
        id: `preview-${walkthrough.id}`,
        walkthroughs: [walkthrough],
        profiles: ['cra-exact'],
        engine: { kind: 'scripted', createScriptedModel: createScripted, includeMistakes: false },
        now,
      });
      if (own().selectedId === walkthrough.id) api.set({ preview: run.results[0] ?? null });
    },

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
      const walkthroughs = state.walkthroughs.filter((item) => state.chosenIds.includes(item.id));
      if (walkthroughs.length === 0 || state.chosenProfiles.length === 0) {
        api.set({ error: 'Choose at least one walkthrough and one profile.' });
        return;
      }
      if (api.get().chat?.busy) {
        api.set({ error: 'A chat reply is being written: wait for it, then run the evaluation.' });
        return;
      }
      const engineSlice = api.get().engine;
      const model = engineSlice?.status === 'ready' ? engineSlice.getChatModel() : null;
      const engine: EvaluationEngine = model
        ? { kind: 'model', model }
        : { kind: 'scripted', createScriptedModel: createScripted };
      const total = countPlannedRuns({ walkthroughs, profiles: state.chosenProfiles, engine });
      controller = new AbortController();
      api.set({ running: true, error: null, progress: { done: 0, total, latest: null } });
      try {
        const run = await runEvaluation({
          id: `run-${now()}`,
          walkthroughs,
          profiles: state.chosenProfiles,
          engine,
          options: { engine: model ? 'model' : 'scripted', constrained: state.constrained },
          promptOptions: { constrained: state.constrained },
          now,
          signal: controller.signal,
          onProgress: (done, total, latest) =>
            api.set({ progress: { done, total, latest: latest.title } }),
        });
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
