import { errorView } from '../../adapters/web-llm/engine-failure';
import {
  normalizeBaseUrl,
  serverOrigin,
  SERVER_PRESETS,
  type ServerConfig,
} from '../../adapters/openai/server-config';
import { serverLinkFromSearch } from '../../adapters/openai/server-link';

/**
 * The server client (probe, streaming chat model, SSE parser) loads on first use: most visits
 * never connect to a server, and the page's first script stays small.
 */
const serverClient = () =>
  Promise.all([
    import('../../adapters/openai/server-probe'),
    import('../../adapters/openai/server-chat-model'),
  ]).then(([probe, model]) => ({ ...probe, ...model }));
import { ChatModelError } from '../../core/model/chat-model';
import type { EngineContext, EngineSlice, ServerEngineState, ServerSettings } from './engine-types';

const SETTINGS_KEY = 'coalm.server';
// The key is kept apart from the other settings and out of the store's state, so that no
// export, trace or log that copies state can carry it. It never leaves this device except in
// the Authorization header of requests to the chosen server.
const API_KEY_KEY = 'coalm.server.apiKey';

const defaultSettings: ServerSettings = {
  presetId: 'ollama',
  baseUrl: SERVER_PRESETS[0]!.baseUrl,
  model: '',
  dialect: 'ollama',
  mode: 'auto',
};

function savedSettings(context: EngineContext): ServerSettings {
  try {
    const raw = context.environment.settings.get(SETTINGS_KEY);
    return raw
      ? { ...defaultSettings, ...(JSON.parse(raw) as Partial<ServerSettings>) }
      : defaultSettings;
  } catch {
    return defaultSettings;
  }
}

export function initialServerState(context: EngineContext): ServerEngineState {
  return {
    settings: savedSettings(context),
    hasApiKey: Boolean(context.environment.settings.get(API_KEY_KEY)),
    models: [],
    modelsStatus: 'idle',
    modelsError: null,
    report: null,
    testing: false,
    connected: false,
    pendingLink: null,
    linkError: null,
  };
}

type ServerActions = Pick<
  EngineSlice,
  | 'setServerSettings'
  | 'setServerApiKey'
  | 'fetchServerModels'
  | 'testServer'
  | 'connectServer'
  | 'disconnectServer'
  | 'confirmServerLink'
  | 'dismissServerLink'
>;

/** ?engine=openai&baseUrl=...&model=...: held until the person confirms it on screen. */
export function readServerLink(context: EngineContext): void {
  const result = serverLinkFromSearch(context.environment.search);
  if (!result) return;
  const server = context.engine().server;
  context.api.set({
    server:
      'error' in result
        ? { ...server, linkError: result.error }
        : { ...server, pendingLink: result.link, linkError: null },
  });
}

export function createServerActions(context: EngineContext): ServerActions {
  const { api, engine, environment } = context;
  const server = () => engine().server;
  const patch = (next: Partial<ServerEngineState>) => api.set({ server: { ...server(), ...next } });

  function config(): ServerConfig {
    const { settings } = server();
    const apiKey = environment.settings.get(API_KEY_KEY) ?? '';
    return {
      baseUrl: normalizeBaseUrl(settings.baseUrl),
      model: settings.model.trim(),
      dialect: settings.dialect,
      mode: settings.mode,
      ...(apiKey ? { apiKey } : {}),
    };
  }

  function failed(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
  }

  return {
    setServerSettings(next) {
      const settings = { ...server().settings, ...next };
      environment.settings.set(SETTINGS_KEY, JSON.stringify(settings));
      patch({ settings, report: null });
    },

    setServerApiKey(key) {
      environment.settings.set(API_KEY_KEY, key.trim());
      patch({ hasApiKey: key.trim() !== '', report: null });
    },

    async fetchServerModels() {
      patch({ modelsStatus: 'loading', modelsError: null });
      try {
        const { listServerModels } = await serverClient();
        const models = await listServerModels(config(), {
          fetch: environment.fetch,
          pageOrigin: environment.origin,
        });
        patch({ models, modelsStatus: 'ready' });
        if (!server().settings.model && models[0]) engine().setServerSettings({ model: models[0] });
      } catch (error) {
        patch({ models: [], modelsStatus: 'error', modelsError: failed(error) });
      }
    },

    async testServer() {
      patch({ testing: true, report: null });
      try {
        const { testServerConnection } = await serverClient();
        const report = await testServerConnection(config(), {
          fetch: environment.fetch,
          pageOrigin: environment.origin,
        });
        patch({ testing: false, report, models: report.models });
      } catch (error) {
        patch({ testing: false, modelsError: failed(error) });
      }
    },

    async connectServer() {
      let settingsConfig: ServerConfig;
      let client: Awaited<ReturnType<typeof serverClient>>;
      try {
        settingsConfig = config();
        if (!settingsConfig.model)
          throw new Error('Choose a model first (Fetch models lists them).');
        client = await serverClient();
        await client.listServerModels(settingsConfig, {
          fetch: environment.fetch,
          pageOrigin: environment.origin,
        });
      } catch (error) {
        const kind = error instanceof ChatModelError ? error.kind : 'unknown';
        context.fail(errorView(kind, failed(error)));
        patch({ connected: false });
        return;
      }
      const status = engine().status;
      if ((status === 'ready' || status === 'loading') && !server().connected)
        engine().unloadModel();
      context.model.current = client.createServerChatModel({
        config: settingsConfig,
        fetch: environment.fetch,
        pageOrigin: environment.origin,
      });
      api.set({
        status: 'ready',
        label: `Model server: ${settingsConfig.model} at ${serverOrigin(settingsConfig.baseUrl)}`,
        error: null,
        progress: null,
        loadedModelId: null,
        server: { ...server(), connected: true, pendingLink: null },
      });
    },

    disconnectServer() {
      if (!server().connected) return;
      context.model.current = null;
      engine().unloadModel();
      patch({ connected: false });
    },

    async confirmServerLink() {
      const link = server().pendingLink;
      if (!link) return;
      const preset = SERVER_PRESETS.find((item) => item.baseUrl === link.baseUrl);
      engine().setServerSettings({
        presetId: preset?.id ?? 'custom',
        baseUrl: link.baseUrl,
        model: link.model,
        dialect: link.dialect,
      });
      patch({ pendingLink: null });
      await engine().connectServer();
    },

    dismissServerLink() {
      patch({ pendingLink: null, linkError: null });
    },
  };
}
