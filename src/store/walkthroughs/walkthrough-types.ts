import type { PromptProfileId } from '../../core/conversation/conversation';
import type { KeyValueStore } from '../../core/storage/key-value-store';
import type { EvaluationRun } from '../../eval/evaluation-result';
import type { EvaluationRunSummary } from '../../eval/evaluation-run-store';
import type { MultiwozGoal } from '../../eval/multiwoz/dialogue-acts';
import type { MultiwozMode } from '../../eval/multiwoz/run-multiwoz-mode';
import type { Walkthrough } from '../../eval/walkthrough';
import type { ChatSlice } from '../chat/chat-slice';
import type { EngineSlice } from '../engine/engine-types';
import type { SliceApi, TransferFile } from '../store-dependencies';

/** Everything optional: tests pass fakes, the app gets IndexedDB and the scripted adapter. */
export interface WalkthroughSliceDependencies {
  /** Where past runs live (`eval-run:<id>`); IndexedDB in a browser, memory elsewhere. */
  runStore?: KeyValueStore;
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
  /** What the next run plays: the walkthroughs (generated world) or the MultiWOZ goals. */
  evalWorld: 'generated' | 'multiwoz';
  multiwozMode: MultiwozMode;
  /** Dialogue level: the agenda user, or the loaded model playing the user (a live run). */
  multiwozUser: 'agenda' | 'llm';
  /** The MultiWOZ goals, drawn once the MultiWOZ world is chosen (its data loads then). */
  goals: MultiwozGoal[];
  goalsStatus: 'idle' | 'loading' | 'ready' | 'error';
  chosenGoalIds: string[];
  /** Ask the engine to constrain decoding with the tools' grammar (an option to compare). */
  constrained: boolean;
  running: boolean;
  progress: EvaluationProgress | null;
  error: string | null;
  /** The run shown on the results page. */
  currentRun: EvaluationRun | null;
  pastRuns: EvaluationRunSummary[];

  init(): Promise<void>;
  select(id: string): void;
  /**
   * Plays the next user turn into the walkthrough's chat conversation. Starting a walkthrough
   * with no model loaded installs the oracle's recorded replies as the chat model first.
   */
  playNext(): Promise<void>;
  playAuto(): Promise<void>;
  stopAuto(): void;
  setChosenIds(ids: string[]): void;
  setChosenProfiles(profiles: PromptProfileId[]): void;
  setConstrained(constrained: boolean): void;
  /** Picks what the next run plays; choosing MultiWOZ loads its data and draws the goals. */
  setEvalWorld(world: 'generated' | 'multiwoz'): Promise<void>;
  setMultiwozMode(mode: MultiwozMode): void;
  setMultiwozUser(user: 'agenda' | 'llm'): void;
  setChosenGoalIds(ids: string[]): void;
  runEvaluation(): Promise<void>;
  cancelEvaluation(): void;
  openRun(id: string): Promise<void>;
  deleteRun(id: string): Promise<void>;
  exportRun(format: 'json' | 'csv'): TransferFile | null;
}

/** The walkthroughs slice's handle: it plays into the chat and installs replayed models. */
export type WalkthroughApi = SliceApi<
  WalkthroughSlice,
  { walkthroughs: WalkthroughSlice; chat: ChatSlice; engine: EngineSlice }
>;
