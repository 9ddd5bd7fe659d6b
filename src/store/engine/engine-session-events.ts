import { errorView, modelFailureView } from '../../adapters/web-llm/engine-failure';
import type { WebLlmAccess } from '../../adapters/web-llm/engine-environment';
import { createEngineSession } from '../../adapters/web-llm/engine-session';
import type { EngineContext } from './engine-types';

/** The web-llm session, its failures (GPU lost, worker crashed, lock taken) shown in the slice. */
export function createSliceEngineSession(
  context: Pick<EngineContext, 'api' | 'engine' | 'environment' | 'model' | 'entry'>,
  webLlm: WebLlmAccess,
) {
  const { api, engine, environment, model } = context;
  return createEngineSession(
    { ...webLlm, ...(environment.navigator.locks ? { locks: environment.navigator.locks } : {}) },
    {
      onFailure(error) {
        if (!['device-lost', 'worker-crashed', 'out-of-memory'].includes(error.kind)) return;
        model.current = null;
        const deviceLossCount = engine().deviceLossCount + (error.kind === 'device-lost' ? 1 : 0);
        const view = modelFailureView(error.kind, error.message, {
          deviceLossCount,
          entries: engine().catalogue,
          current: context.entry(model.lastModelId),
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
        model.current = null;
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
}

export type SliceEngineSession = ReturnType<typeof createSliceEngineSession>;
