import type { CatalogueEntry } from '../../adapters/web-llm/catalogue';
import type { EngineErrorView } from '../../adapters/web-llm/engine-failure';
import type { EngineEnvironment, WebLlmAccess } from '../../adapters/web-llm/engine-environment';
import type { LoadProgress } from '../../adapters/web-llm/load-progress';
import type { PreflightResult } from '../../adapters/web-llm/preflight';
import type { ScriptedChatModelOptions } from '../../adapters/scripted-model/scripted-chat-model';
import type { ChatModel } from '../../core/model/chat-model';
import type { SliceApi } from '../store-dependencies';

export type EngineStatus = 'none' | 'scripted' | 'loading' | 'ready' | 'error';

export interface EngineSlice {
  status: EngineStatus;
  /** Human-readable one-liner for the header ("Scripted replies: no model is running"). */
  label: string;
  /** The model the agent talks to, or null when none is loaded. */
  getChatModel(): ChatModel | null;

  catalogue: CatalogueEntry[];
  catalogueStatus: 'idle' | 'loading' | 'ready' | 'error';
  selectedModelId: string | null;
  loadedModelId: string | null;
  /** The general check at start-up, then the check for the model being loaded. */
  preflight: PreflightResult | null;
  progress: LoadProgress | null;
  error: EngineErrorView | null;
  deviceLossCount: number;
  storage: { usageBytes: number; quotaBytes: number } | null;
  /** The CoALM weights location setting ('' = the app's own /models/ folder). */
  weightsUrl: string;

  /** Called once at start-up: scripted mode from the URL, the general preflight, storage. */
  initEngine(): Promise<void>;
  /** Imports web-llm (lazily) for its prebuilt list and checks which models are cached. */
  loadCatalogue(): Promise<void>;
  selectModel(id: string): void;
  runPreflight(modelId?: string): Promise<PreflightResult>;
  loadModel(id?: string, options?: { steal?: boolean }): Promise<void>;
  cancelLoad(): void;
  /** Loads the last model again (after a failure, a cancel or a device loss). */
  retry(): Promise<void>;
  takeOverLock(): Promise<void>;
  repair(id: string): Promise<void>;
  deleteCachedModel(id: string): Promise<void>;
  unloadModel(): void;
  /**
   * Answers with these raw outputs, one per model call (status 'scripted', `label` shown as is).
   * Refused (false) while a real model is loaded or loading: a replay never replaces one.
   * Each output is read when its call comes, so the caller may still correct the unused ones.
   */
  useScriptedOutputs(outputs: readonly string[], label: string): boolean;
  setWeightsUrl(url: string): void;
  refreshStorage(): Promise<void>;
}

export interface EngineDependencies {
  environment?: EngineEnvironment;
  webLlm?: WebLlmAccess;
  createScriptedModel?: (options: ScriptedChatModelOptions) => ChatModel;
}

/** The engine slice's handle: it reads only itself. */
export type EngineApi = SliceApi<EngineSlice, { engine: EngineSlice }>;
