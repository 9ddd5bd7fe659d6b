import type { CatalogueEntry } from '../../adapters/web-llm/catalogue';
import type { EngineErrorView } from '../../adapters/web-llm/engine-failure';
import type { EngineEnvironment } from '../../adapters/web-llm/engine-environment';
import type { ScriptedChatModelOptions } from '../../adapters/scripted-model/scripted-chat-model';
import type { ChatModel } from '../../core/model/chat-model';
import type { EngineApi, EngineSlice } from './engine-types';

export const noModelLabel = 'No model loaded: choose one in the Model panel';

/** What the engine slice's parts share: the store, the page and the model in use. */
export interface EngineContext {
  api: EngineApi;
  environment: EngineEnvironment;
  createScripted: (options: ScriptedChatModelOptions) => ChatModel;
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
