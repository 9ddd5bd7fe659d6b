import { errorView } from '../../adapters/web-llm/engine-failure';
import { engineModeFromSearch, fetchEngineScript } from '../../adapters/web-llm/engine-script';
import type { EngineContext } from './engine-context';
import type { EngineSlice } from './engine-types';

export const scriptedLabel = 'Scripted replies: no model is running';

/** ?engine=scripted: replies come from a same-origin script (or the built-in one), no model runs. */
export async function startScriptedFromUrl(context: EngineContext, scriptUrl: string | null) {
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
export function scriptUrlOf(context: EngineContext): string | null {
  return engineModeFromSearch(context.environment.search).scriptUrl;
}

/** Scripted outputs handed in by the app itself (a walkthrough replays the oracle's replies). */
export function createScriptedActions(
  context: EngineContext,
): Pick<EngineSlice, 'useScriptedOutputs'> {
  return {
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
