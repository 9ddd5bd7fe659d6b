import { errorView } from '../../adapters/web-llm/engine-failure';
import { engineModeFromSearch, fetchEngineScript } from '../../adapters/web-llm/engine-script';
import { runPreflight } from '../../adapters/web-llm/preflight';
import type { EngineContext, EngineSlice } from './engine-types';
import { readServerLink } from './server-mode';

// How the engine starts: the checks at start-up, and the scripted mode that stands in for a model
// (from the page's URL or handed in by the app).

/** Start-up (scripted mode from the URL, the device checks, storage) and the preflight itself. */
export function createStartUpActions(
  context: EngineContext,
): Pick<EngineSlice, 'initEngine' | 'runPreflight'> {
  const { api, engine, environment } = context;
  return {
    async initEngine() {
      const request = engineModeFromSearch(environment.search);
      if (request.mode === 'scripted') await startScriptedFromUrl(context, request.scriptUrl);
      readServerLink(context);
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

export const scriptedLabel = 'Scripted replies: no model is running';

/** The demo the first screen offers (public/demo-scripts/, served at the site root). */
export const demoScriptUrl = '/demo-scripts/dinner-booking.json';

/** ?engine=scripted: replies come from a same-origin script (or the built-in one), no model runs. */
export async function startScriptedFromUrl(
  context: Pick<EngineContext, 'api' | 'environment' | 'model' | 'createScripted' | 'fail'>,
  scriptUrl: string | null,
) {
  const { api, environment } = context;
  try {
    const script = await fetchEngineScript(scriptUrl, environment.origin, environment.fetch);
    context.model.current = context.createScripted({
      outputs: script.outputs,
      tokenDelayMs: script.tokenDelayMs,
    });
    api.set({ status: 'scripted', label: scriptedLabel, error: null });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.fail(errorView('script', `Scripted mode is off: ${message}`, { canRetry: true }));
  }
}

/** The script address the page was opened with (?engine=scripted&script=...). */
export function scriptUrlOf(context: Pick<EngineContext, 'environment'>): string | null {
  return engineModeFromSearch(context.environment.search).scriptUrl;
}

/**
 * Scripted outputs handed in by the app itself (a walkthrough replays the oracle's replies), and
 * the demo the first screen offers.
 */
export function createScriptedActions(
  context: Pick<
    EngineContext,
    'api' | 'engine' | 'environment' | 'model' | 'createScripted' | 'fail'
  >,
): Pick<EngineSlice, 'useScriptedOutputs' | 'startDemo'> {
  return {
    async startDemo() {
      const { status } = context.engine();
      if (status === 'ready' || status === 'loading') return false;
      await startScriptedFromUrl(context, demoScriptUrl);
      return context.engine().status === 'scripted';
    },

    useScriptedOutputs(outputs, label) {
      const { status } = context.engine();
      // A real model, loaded or on its way, is never swapped for a script.
      if (status === 'ready' || status === 'loading') return false;
      context.model.current = context.createScripted({ outputs });
      context.api.set({
        status: 'scripted',
        label,
        error: null,
        progress: null,
        loadedModelId: null,
      });
      return true;
    },
  };
}
