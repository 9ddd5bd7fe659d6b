import { recommendedEntryId } from '../adapters/web-llm/catalogue';
import { createCatalogueLoader } from '../adapters/web-llm/catalogue-loader';
import { errorView, modelFailureView } from '../adapters/web-llm/engine-failure';
import {
  browserEnvironment,
  browserWebLlm,
  type EngineEnvironment,
  type WebLlmAccess,
} from '../adapters/web-llm/engine-environment';
import { engineModeFromSearch, fetchEngineScript } from '../adapters/web-llm/engine-script';
import { createFaultDrill, faultDrillFromSearch } from '../adapters/web-llm/fault-drill';
import { createEngineSession } from '../adapters/web-llm/engine-session';
import { ModelLockBusyError } from '../adapters/web-llm/model-lock';
import { runPreflight } from '../adapters/web-llm/preflight';
import {
  createScriptedChatModel,
  type ScriptedChatModelOptions,
} from '../adapters/scripted-model/scripted-chat-model';
import { ChatModelError, type ChatModel } from '../core/model/chat-model';
import type { SliceApi } from './slice';

export type { CatalogueEntry } from '../adapters/web-llm/catalogue';
export type { EngineErrorView } from '../adapters/web-llm/engine-failure';
export type { LoadPhase, LoadProgress } from '../adapters/web-llm/load-progress';
export { phaseLabels } from '../adapters/web-llm/load-progress';
export type { PreflightCheck, PreflightResult } from '../adapters/web-llm/preflight';
export { formatBytes } from '../adapters/web-llm/webgpu-guidance';
import type { CatalogueEntry } from '../adapters/web-llm/catalogue';
import type { EngineErrorView } from '../adapters/web-llm/engine-failure';
import type { LoadProgress } from '../adapters/web-llm/load-progress';
import type { PreflightResult } from '../adapters/web-llm/preflight';

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
  setWeightsUrl(url: string): void;
  refreshStorage(): Promise<void>;
}

export interface EngineDependencies {
  environment?: EngineEnvironment;
  webLlm?: WebLlmAccess;
  createScriptedModel?: (options: ScriptedChatModelOptions) => ChatModel;
}

const weightsSettingKey = 'coalm.engine.weightsUrl';
const scriptedLabel = 'Scripted replies: no model is running';
const noModelLabel = 'No model loaded: choose one in the Model panel';

export function createEngineSlice(
  api: SliceApi<'engine'>,
  dependencies: EngineDependencies = {},
): EngineSlice {
  const pageEnvironment = dependencies.environment ?? browserEnvironment();
  // ?engine=drill swaps in a simulated GPU and web-llm that fail on cue (fault-drill.ts).
  const drillRequest = faultDrillFromSearch(pageEnvironment.search);
  const drill = drillRequest && createFaultDrill(drillRequest, pageEnvironment);
  const environment = drill?.environment ?? pageEnvironment;
  const webLlm = dependencies.webLlm ?? drill?.webLlm ?? browserWebLlm;
  const createScripted = dependencies.createScriptedModel ?? createScriptedChatModel;
  let chatModel: ChatModel | null = null;
  let lastModelId: string | null = null;
  // Each load gets a number so that a superseded load cannot overwrite a newer one's state.
  let loadNumber = 0;
  const engine = () => api.get().engine;
  const entry = (id: string | null) => engine().catalogue.find((item) => item.id === id);

  const session = createEngineSession(
    { ...webLlm, ...(environment.navigator.locks ? { locks: environment.navigator.locks } : {}) },
    {
      onFailure(error) {
        if (!['device-lost', 'worker-crashed', 'out-of-memory'].includes(error.kind)) return;
        chatModel = null;
        const deviceLossCount = engine().deviceLossCount + (error.kind === 'device-lost' ? 1 : 0);
        const view = modelFailureView(error.kind, error.message, {
          deviceLossCount,
          entries: engine().catalogue,
          current: entry(lastModelId),
        });
        api.set({
          status: 'error',
          label: view.message,
          error: view,
          deviceLossCount,
          loadedModelId: null,
        });
      },
      onLockLost() {
        chatModel = null;
        const message = 'Another tab took over the model. Take it back to continue here.';
        api.set({
          status: 'error',
          label: message,
          loadedModelId: null,
          error: errorView('lock-lost', message, { canTakeOver: true }),
        });
      },
    },
  );

  const catalogueLoader = createCatalogueLoader(
    session,
    () => ({
      weightsUrl: engine().weightsUrl,
      origin: environment.origin,
      ...(environment.modelLibFolder ? { modelLibFolder: environment.modelLibFolder } : {}),
    }),
    {
      onBuilt(entries) {
        const shaderF16 = engine().preflight?.shaderF16 ?? false;
        api.set((current) => ({
          catalogue: entries,
          catalogueStatus: 'ready',
          selectedModelId: current.selectedModelId ?? recommendedEntryId(entries, shaderF16),
        }));
      },
      onCacheChecked: (entries) => api.set({ catalogue: entries }),
      onError(error) {
        api.set({ catalogueStatus: 'error' });
        const message = `The model list could not be loaded: ${String(error)}`;
        fail(errorView('unknown', message, { canRetry: true }));
      },
    },
  );
  const ensureCatalogue = () => {
    if (engine().catalogueStatus !== 'ready') api.set({ catalogueStatus: 'loading' });
    return catalogueLoader.ensure();
  };

  /** Removes a model's weights, config and library from the browser; false if that failed. */
  async function deleteFromCache(id: string): Promise<boolean> {
    try {
      const built = await ensureCatalogue();
      if (engine().loadedModelId === id) engine().unloadModel();
      await session.deleteCached(id, built.appConfig);
    } catch (error) {
      fail(errorView('unknown', `Could not delete the cached model: ${String(error)}`));
      return false;
    }
    api.set((current) => ({
      catalogue: current.catalogue.map((item) =>
        item.id === id ? { ...item, cached: false } : item,
      ),
    }));
    await engine().refreshStorage();
    return true;
  }

  function fail(view: EngineErrorView) {
    api.set({ status: 'error', label: view.message, error: view, progress: null });
  }

  async function startScripted(scriptUrl: string | null) {
    try {
      const script = await fetchEngineScript(scriptUrl, environment.origin, environment.fetch);
      chatModel = createScripted({ outputs: script.outputs, tokenDelayMs: script.tokenDelayMs });
      api.set({ status: 'scripted', label: scriptedLabel, error: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      fail(errorView('script', `Scripted mode is off: ${message}`));
    }
  }

  return {
    status: 'none',
    label: noModelLabel,
    getChatModel: () => chatModel,
    catalogue: [],
    catalogueStatus: 'idle',
    selectedModelId: null,
    loadedModelId: null,
    preflight: null,
    progress: null,
    error: null,
    deviceLossCount: 0,
    storage: null,
    weightsUrl: environment.settings.get(weightsSettingKey) ?? environment.defaultWeightsUrl,

    async initEngine() {
      const request = engineModeFromSearch(environment.search);
      if (request.mode === 'scripted') await startScripted(request.scriptUrl);
      await Promise.all([engine().runPreflight(), engine().refreshStorage()]);
    },

    async loadCatalogue() {
      await ensureCatalogue().catch(() => undefined);
    },

    selectModel(id) {
      api.set({ selectedModelId: id });
    },

    async runPreflight(modelId) {
      const model = modelId ? entry(modelId) : undefined;
      const result = await runPreflight(
        environment,
        model && {
          label: model.label,
          requiresShaderF16: model.requiresShaderF16,
          largestTensorBytes: model.largestTensorBytes,
          downloadBytes: model.downloadBytes,
          cached: model.cached === true,
        },
      );
      api.set({ preflight: result });
      return result;
    },

    async loadModel(id, options = {}) {
      const thisLoad = ++loadNumber;
      const current = () => thisLoad === loadNumber;
      // The model in use (or the script) keeps answering until the new one passes preflight.
      const before = { status: engine().status, label: engine().label, model: chatModel };
      api.set({ status: 'loading', label: 'Loading the model list…', error: null });
      const built = await ensureCatalogue().catch(() => null);
      const modelId = id ?? engine().selectedModelId;
      const model = entry(modelId);
      if (!current() || !built) return;
      if (!model || !modelId) {
        fail(errorView('not-loaded', `There is no model "${modelId ?? ''}" in the list.`));
        return;
      }
      lastModelId = modelId;
      api.set({
        label: `Loading ${model.label}…`,
        selectedModelId: modelId,
        loadedModelId: null,
        error: null,
        progress: {
          phase: 'starting',
          fraction: 0,
          text: 'Checking this device',
          elapsedSeconds: 0,
        },
      });
      const preflight = await engine().runPreflight(modelId);
      if (!current()) return;
      if (!preflight.ok) {
        const failures = preflight.checks.filter((check) => check.status === 'fail');
        const view = errorView('preflight', failures.map((check) => check.message).join(' '), {
          canRetry: true,
        });
        if (before.model && (before.status === 'ready' || before.status === 'scripted'))
          api.set({ status: before.status, label: before.label, error: view, progress: null });
        else fail(view);
        return;
      }
      chatModel = null;
      try {
        const loaded = await session.load({
          modelId,
          appConfig: built.appConfig,
          contextWindow: model.contextWindow,
          onProgress: (progress) => {
            if (current()) api.set({ progress });
          },
          ...(options.steal ? { steal: true } : {}),
        });
        if (!current()) return;
        chatModel = loaded;
        const honesty = drill
          ? `fault drill (${drillRequest?.fault}): simulated GPU, scripted replies`
          : model.isCoalm
            ? 'running on this device'
            : model.note;
        api.set((current) => ({
          status: 'ready',
          label: `${model.label}: ${honesty}`,
          loadedModelId: modelId,
          progress: null,
          catalogue: current.catalogue.map((item) =>
            item.id === modelId ? { ...item, cached: true } : item,
          ),
        }));
        void engine().refreshStorage();
      } catch (error) {
        if (!current()) return;
        if (error instanceof ModelLockBusyError) {
          fail(errorView('lock-busy', error.message, { canTakeOver: true }));
        } else if (error instanceof ChatModelError && error.kind === 'aborted') {
          api.set({
            status: 'none',
            label: 'Loading cancelled: downloaded parts are kept',
            progress: null,
          });
        } else {
          const kind = error instanceof ChatModelError ? error.kind : 'unknown';
          const deviceLossCount = engine().deviceLossCount + (kind === 'device-lost' ? 1 : 0);
          api.set({ deviceLossCount });
          fail(
            modelFailureView(kind, error instanceof Error ? error.message : String(error), {
              deviceLossCount,
              entries: engine().catalogue,
              current: model,
            }),
          );
        }
      }
    },

    cancelLoad() {
      session.cancel();
    },

    async retry() {
      if (lastModelId === null) await engine().loadCatalogue();
      else await engine().loadModel(lastModelId);
    },

    async takeOverLock() {
      await engine().loadModel(lastModelId ?? undefined, { steal: true });
    },

    async repair(id) {
      if (await deleteFromCache(id)) await engine().loadModel(id);
    },

    async deleteCachedModel(id) {
      await deleteFromCache(id);
    },

    unloadModel() {
      loadNumber++;
      session.unload();
      chatModel = null;
      api.set({ status: 'none', label: noModelLabel, loadedModelId: null, progress: null });
    },

    setWeightsUrl(url) {
      environment.settings.set(weightsSettingKey, url);
      catalogueLoader.reset();
      api.set({ weightsUrl: url });
      void engine().loadCatalogue();
    },

    async refreshStorage() {
      const estimate = await environment.navigator.storage?.estimate?.().catch(() => undefined);
      if (estimate?.quota === undefined) return;
      api.set({ storage: { usageBytes: estimate.usage ?? 0, quotaBytes: estimate.quota } });
    },
  };
}
