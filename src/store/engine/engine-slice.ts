import { browserEnvironment, browserWebLlm } from '../../adapters/web-llm/engine-environment';
import { createFaultDrill, faultDrillFromSearch } from '../../adapters/web-llm/drill/fault-drill';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { createCacheActions } from './cache-actions';
import { createCatalogueActions, savedWeightsUrl } from './catalogue-actions';
import { createEngineContext, noModelLabel } from './engine-types';
import { createSliceEngineSession } from './engine-session-events';
import type { EngineApi, EngineDependencies, EngineSlice } from './engine-types';
import { createLoadActions } from './load-model';
import { createScriptedActions } from './start-up';
import { createStartUpActions } from './start-up';
import { createServerActions, initialServerState } from './server-mode';

export function createEngineSlice(
  api: EngineApi,
  dependencies: EngineDependencies = {},
): EngineSlice {
  const pageEnvironment = dependencies.environment ?? browserEnvironment();
  // ?engine=drill swaps in a simulated GPU and web-llm that fail on cue (fault-drill.ts).
  const drillRequest = faultDrillFromSearch(pageEnvironment.search);
  const drill = drillRequest && createFaultDrill(drillRequest, pageEnvironment);
  const context = createEngineContext(
    api,
    drill?.environment ?? pageEnvironment,
    dependencies.createScriptedModel ?? createReplayChatModel,
    drillRequest?.fault ?? null,
  );
  const session = createSliceEngineSession(
    context,
    dependencies.webLlm ?? drill?.webLlm ?? browserWebLlm,
  );
  const catalogue = createCatalogueActions(context, session);

  return {
    status: 'none',
    label: noModelLabel,
    getChatModel: () => context.model.current,
    catalogue: [],
    catalogueStatus: 'idle',
    selectedModelId: null,
    loadedModelId: null,
    preflight: null,
    progress: null,
    error: null,
    deviceLossCount: 0,
    storage: null,
    weightsUrl: savedWeightsUrl(context),
    ...createStartUpActions(context),
    ...catalogue.actions,
    ...createLoadActions(context, session, catalogue.ensureCatalogue),
    ...createCacheActions(context, session, catalogue.ensureCatalogue),
    ...createScriptedActions(context),
    server: initialServerState(context),
    ...createServerActions(context),
  };
}
