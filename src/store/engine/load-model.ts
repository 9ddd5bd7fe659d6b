import type { CatalogueEntry } from '../../adapters/web-llm/catalogue';
import { errorView, modelFailureView } from '../../adapters/web-llm/engine-failure';
import { ModelLockBusyError } from '../../adapters/web-llm/model-lock';
import { ChatModelError } from '../../core/model/chat-model';
import type { EnsureCatalogue } from './catalogue-actions';
import { noModelLabel, type EngineContext } from './engine-types';
import type { SliceEngineSession } from './engine-session-events';
import type { EngineSlice } from './engine-types';
import { scriptUrlOf, startScriptedFromUrl } from './start-up';

type LoadActions = Pick<
  EngineSlice,
  'loadModel' | 'cancelLoad' | 'retry' | 'takeOverLock' | 'unloadModel'
>;

/** Loading a model into the web-llm worker, and everything that ends or repeats a load. */
export function createLoadActions(
  context: EngineContext,
  session: SliceEngineSession,
  ensureCatalogue: EnsureCatalogue,
): LoadActions {
  const { api, engine, model: state, fail } = context;
  // Each load gets a number so that a superseded load cannot overwrite a newer one's state.
  let loadNumber = 0;

  function showLoadFailure(error: unknown, model: CatalogueEntry) {
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

  return {
    async loadModel(id, options = {}) {
      const thisLoad = ++loadNumber;
      const current = () => thisLoad === loadNumber;
      // The model in use (or the script) keeps answering until the new one passes preflight.
      const before = { status: engine().status, label: engine().label, model: state.current };
      api.set({ status: 'loading', label: 'Loading the model list…', error: null });
      const built = await ensureCatalogue().catch(() => null);
      const modelId = id ?? engine().selectedModelId;
      const model = context.entry(modelId);
      if (!current() || !built) return;
      if (!model || !modelId) {
        fail(errorView('not-loaded', `There is no model "${modelId ?? ''}" in the list.`));
        return;
      }
      state.lastModelId = modelId;
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
      state.current = null;
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
        state.current = loaded;
        const honesty = context.drillFault
          ? `fault drill (${context.drillFault}): simulated GPU, scripted replies`
          : model.isCoalm
            ? 'running on this device'
            : model.note;
        api.set((current) => ({
          status: 'ready',
          label: `${model.label}: ${honesty}`,
          loadedModelId: modelId,
          progress: null,
          // The page's model now answers in place of a server that was connected.
          server: { ...current.server, connected: false },
          catalogue: current.catalogue.map((item) =>
            item.id === modelId ? { ...item, cached: true } : item,
          ),
        }));
        void engine().refreshStorage();
      } catch (error) {
        if (current()) showLoadFailure(error, model);
      }
    },

    cancelLoad() {
      session.cancel();
    },

    async retry() {
      // A script that failed to load (network, a typo being fixed) is fetched again.
      if (engine().error?.kind === 'script')
        await startScriptedFromUrl(context, scriptUrlOf(context));
      else if (state.lastModelId === null) await engine().loadCatalogue();
      else await engine().loadModel(state.lastModelId);
    },

    async takeOverLock() {
      await engine().loadModel(state.lastModelId ?? undefined, { steal: true });
    },

    unloadModel() {
      loadNumber++;
      session.unload();
      state.current = null;
      api.set({ status: 'none', label: noModelLabel, loadedModelId: null, progress: null });
    },
  };
}
