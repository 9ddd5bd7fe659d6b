import type { CatalogueEntry } from '../../adapters/web-llm/catalogue';
import type { EngineEnvironment, WebLlmAccess } from '../../adapters/web-llm/engine-environment';
import type { EngineErrorView } from '../../adapters/web-llm/engine-failure';
import type { LoadProgress } from '../../adapters/web-llm/load-progress';
import type { PreflightResult } from '../../adapters/web-llm/preflight';
import type { ReplayChatModelOptions } from '../../core/model/replay-chat-model';
import type { ChatModel } from '../../core/model/chat-model';
import type { SliceApi } from '../store-dependencies';
import type { ServerDialect, ServerPreset } from '../../adapters/openai/server-config';
import type { ServerLink } from '../../adapters/openai/server-link';
import type { ConnectionReport } from '../../adapters/openai/server-probe';

/** The model-server form as saved on this device (the API key is kept apart). */
export interface ServerSettings {
  presetId: ServerPreset['id'];
  baseUrl: string;
  model: string;
  dialect: ServerDialect;
  mode: 'auto' | 'chat';
}

export interface ServerEngineState {
  settings: ServerSettings;
  hasApiKey: boolean;
  models: string[];
  modelsStatus: 'idle' | 'loading' | 'ready' | 'error';
  modelsError: string | null;
  report: ConnectionReport | null;
  testing: boolean;
  /** The agent talks to the server (status 'ready'). */
  connected: boolean;
  /** A server proposed by the page's link, waiting for the person's confirmation. */
  pendingLink: ServerLink | null;
  linkError: string | null;
}

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
  /**
   * The demo: scripted replies from the bundled demo script (a booking dinner dialogue), for a
   * device or a visit with no model. Refused (false) while a real model is loaded or loading.
   */
  startDemo(): Promise<boolean>;
  setWeightsUrl(url: string): void;
  refreshStorage(): Promise<void>;

  /** The second engine kind: an OpenAI-compatible model server (Ollama, llama.cpp, vLLM, ...). */
  server: ServerEngineState;
  setServerSettings(settings: Partial<ServerSettings>): void;
  /** Kept on this device only; never in the store's state, exports, traces or URLs. */
  setServerApiKey(key: string): void;
  fetchServerModels(): Promise<void>;
  testServer(): Promise<void>;
  connectServer(): Promise<void>;
  disconnectServer(): void;
  confirmServerLink(): Promise<void>;
  dismissServerLink(): void;
}

export interface EngineDependencies {
  environment?: EngineEnvironment;
  webLlm?: WebLlmAccess;
  createScriptedModel?: (options: ReplayChatModelOptions) => ChatModel;
}

/** The engine slice's handle: it reads only itself. */
export type EngineApi = SliceApi<EngineSlice, { engine: EngineSlice }>;

export const noModelLabel = 'No model loaded: choose one in the Model panel';

/**
 * What the engine slice's parts share: the store, the page and the model in use. The one mutable
 * part is `model` (the model the agent talks to, which loading, unloading and scripted mode all
 * replace); the rest is fixed wiring. Each part takes only the fields it uses
 * (Pick<EngineContext, ...>), so its signature shows its dependencies.
 */
export interface EngineContext {
  api: EngineApi;
  environment: EngineEnvironment;
  createScripted: (options: ReplayChatModelOptions) => ChatModel;
  /** The drilled fault when ?engine=drill is on (the ready label says so). */
  drillFault: string | null;
  engine(): EngineSlice;
  entry(id: string | null): CatalogueEntry | undefined;
  fail(view: EngineErrorView): void;
  /** Mutable: the model the agent talks to and the last model asked for. */
  model: { current: ChatModel | null; lastModelId: string | null };
}

export function createEngineContext(
  api: EngineApi,
  environment: EngineEnvironment,
  createScripted: EngineContext['createScripted'],
  drillFault: string | null,
): EngineContext {
  const engine = () => api.get().engine;
  return {
    api,
    environment,
    createScripted,
    drillFault,
    engine,
    entry: (id) => engine().catalogue.find((item) => item.id === id),
    fail(view) {
      api.set({ status: 'error', label: view.message, error: view, progress: null });
    },
    model: { current: null, lastModelId: null },
  };
}
