import { errorView } from '../../adapters/web-llm/engine-failure';
import type { EnsureCatalogue } from './catalogue-actions';
import type { EngineContext } from './engine-types';
import type { SliceEngineSession } from './engine-session-events';
import type { EngineSlice } from './engine-types';

/** What the browser keeps: cached model files (repair, delete) and the storage estimate. */
export function createCacheActions(
  context: Pick<EngineContext, 'api' | 'engine' | 'environment' | 'fail'>,
  session: SliceEngineSession,
  ensureCatalogue: EnsureCatalogue,
): Pick<EngineSlice, 'repair' | 'deleteCachedModel' | 'refreshStorage'> {
  const { api, engine, environment } = context;

  /** Removes a model's weights, config and library from the browser; false if that failed. */
  async function deleteFromCache(id: string): Promise<boolean> {
    try {
      const built = await ensureCatalogue();
      if (engine().loadedModelId === id) engine().unloadModel();
      await session.deleteCached(id, built.appConfig);
    } catch (error) {
      context.fail(errorView('unknown', `Could not delete the cached model: ${String(error)}`));
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

  return {
    async repair(id) {
      if (await deleteFromCache(id)) await engine().loadModel(id);
    },

    async deleteCachedModel(id) {
      await deleteFromCache(id);
    },

    async refreshStorage() {
      const estimate = await environment.navigator.storage?.estimate?.().catch(() => undefined);
      if (estimate?.quota === undefined) return;
      api.set({ storage: { usageBytes: estimate.usage ?? 0, quotaBytes: estimate.quota } });
    },
  };
}
