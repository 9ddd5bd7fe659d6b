import { recommendedEntryId } from '../../adapters/web-llm/catalogue';
import { createCatalogueLoader } from '../../adapters/web-llm/catalogue-loader';
import { errorView } from '../../adapters/web-llm/engine-failure';
import type { EngineContext } from './engine-types';
import type { SliceEngineSession } from './engine-session-events';
import type { EngineSlice } from './engine-types';

const weightsSettingKey = 'coalm.engine.weightsUrl';

/** The saved CoALM weights location, or the app's default. */
export function savedWeightsUrl(context: Pick<EngineContext, 'environment'>): string {
  const { environment } = context;
  return environment.settings.get(weightsSettingKey) ?? environment.defaultWeightsUrl;
}

/** The model list (built once from web-llm's prebuilt list), the choice in it and the weights URL. */
export function createCatalogueActions(
  context: Pick<EngineContext, 'api' | 'engine' | 'environment' | 'fail'>,
  session: SliceEngineSession,
) {
  const { api, engine, environment } = context;
  const loader = createCatalogueLoader(
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
        context.fail(errorView('unknown', message, { canRetry: true }));
      },
    },
  );
  const ensureCatalogue = () => {
    if (engine().catalogueStatus !== 'ready') api.set({ catalogueStatus: 'loading' });
    return loader.ensure();
  };

  const actions: Pick<EngineSlice, 'loadCatalogue' | 'selectModel' | 'setWeightsUrl'> = {
    async loadCatalogue() {
      await ensureCatalogue().catch(() => undefined);
    },

    selectModel(id) {
      api.set({ selectedModelId: id });
    },

    setWeightsUrl(url) {
      environment.settings.set(weightsSettingKey, url);
      loader.reset();
      api.set({ weightsUrl: url });
      void engine().loadCatalogue();
    },
  };
  return { ensureCatalogue, actions };
}

export type EnsureCatalogue = ReturnType<typeof createCatalogueActions>['ensureCatalogue'];
