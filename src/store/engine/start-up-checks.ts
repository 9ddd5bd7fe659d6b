import { engineModeFromSearch } from '../../adapters/web-llm/engine-script';
import { runPreflight } from '../../adapters/web-llm/preflight';
import type { EngineContext } from './engine-context';
import type { EngineSlice } from './engine-types';
import { startScriptedFromUrl } from './scripted-mode';

/** Start-up (scripted mode from the URL, the device checks, storage) and the preflight itself. */
export function createStartUpActions(
  context: EngineContext,
): Pick<EngineSlice, 'initEngine' | 'runPreflight'> {
  const { api, engine, environment } = context;
  return {
    async initEngine() {
      const request = engineModeFromSearch(environment.search);
      if (request.mode === 'scripted') await startScriptedFromUrl(context, request.scriptUrl);
      await Promise.all([engine().runPreflight(), engine().refreshStorage()]);
    },

    async runPreflight(modelId) {
      const model = modelId ? context.entry(modelId) : undefined;
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
  };
}
