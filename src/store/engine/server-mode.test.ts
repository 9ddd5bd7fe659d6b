/**
 * The server engine through the store: settings and key saved on the device, models from the
 * server, the connection test, connecting, and a link that waits for the person's confirmation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  startFakeModelServer,
  type FakeModelServer,
} from '../../adapters/openai/testing/fake-model-server';
import type { EngineEnvironment } from '../../adapters/web-llm/engine-environment';
import { createAppStore } from '../app-store';

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function setup(search = '') {
  const settings = new Map<string, string>();
  const environment: EngineEnvironment = {
    isSecureContext: true,
    navigator: { userAgent: 'Chrome/140' },
    origin: 'http://127.0.0.1:4173',
    search,
    fetch: globalThis.fetch.bind(globalThis),
    settings: {
      get: (key) => settings.get(key) ?? null,
      set: (key, value) => void settings.set(key, value),
    },
    defaultWeightsUrl: '',
  };
  const store = createAppStore({ engine: { environment } });
  return { store, settings, engine: () => store.getState().engine };
}

async function serve(outputs: string[] = [], extra = {}) {
  const server = await startFakeModelServer({
    dialect: 'vllm',
    outputs,
    models: ['CoALM-8B', 'other'],
    ...extra,
  });
  servers.push(server);
  return server;
}

describe('server engine in the store', () => {
  it('lists models, tests the connection, connects, and the agent model streams from the server', async () => {
    const server = await serve(['System: Hello from the server.'], { apiKey: 'sk-local' });
    const { engine, settings } = setup();
    engine().setServerSettings({
      presetId: 'custom',
      baseUrl: server.baseUrl,
      dialect: 'vllm',
      model: '',
    });
    engine().setServerApiKey('sk-local');
    await engine().fetchServerModels();
    expect(engine().server.models).toEqual(['CoALM-8B', 'other']);
    expect(engine().server.settings.model).toBe('CoALM-8B');
    await engine().testServer();
    expect(engine().server.report?.streaming.ok).toBe(true);
    expect(engine().server.report?.rawCompletions.ok).toBe(true);
    await engine().connectServer();
    expect(engine().status).toBe('ready');
    expect(engine().label).toMatch(/CoALM-8B at http:\/\/127\.0\.0\.1/);
    const model = engine().getChatModel();
    let text = '';
    for await (const event of model!.stream({
      messages: [{ role: 'user', content: 'hi' }],
      maxTokens: 8,
    }))
      if (event.type === 'done') text = event.result.text;
    expect(text).toBe('System: Hello from the server.');
    // The key is on the device, in its own setting, and nowhere in the store's state.
    expect(settings.get('coalm.server.apiKey')).toBe('sk-local');
    expect(settings.get('coalm.server')).not.toContain('sk-local');
    expect(JSON.stringify(engine())).not.toContain('sk-local');
    engine().disconnectServer();
    expect(engine().status).toBe('none');
    expect(engine().getChatModel()).toBeNull();
  });

  it('a failed connection says why and connects nothing', async () => {
    const { engine } = setup();
    engine().setServerSettings({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm', dialect: 'ollama' });
    await engine().connectServer();
    expect(engine().status).toBe('error');
    expect(engine().error?.message).toMatch(/Is it running\?/);
    expect(engine().getChatModel()).toBeNull();
  });

  it('a link proposes a server and nothing is sent there until the person confirms', async () => {
    const server = await serve(['System: linked']);
    const { engine } = setup(
      `?engine=openai&baseUrl=${encodeURIComponent(server.baseUrl)}&model=CoALM-8B&dialect=vllm`,
    );
    await engine().initEngine();
    expect(engine().server.pendingLink).toEqual({
      baseUrl: server.baseUrl,
      model: 'CoALM-8B',
      dialect: 'vllm',
    });
    expect(engine().status).not.toBe('ready');
    expect(server.requests).toHaveLength(0);
    await engine().confirmServerLink();
    expect(engine().status).toBe('ready');
    expect(engine().server.settings.baseUrl).toBe(server.baseUrl);
    expect(engine().server.pendingLink).toBeNull();
  });

  it('a dismissed link leaves everything as it was', async () => {
    const { engine } = setup('?engine=openai&baseUrl=https://elsewhere.example/v1&model=x');
    await engine().initEngine();
    engine().dismissServerLink();
    expect(engine().server.pendingLink).toBeNull();
    expect(engine().server.settings.baseUrl).toBe('http://localhost:11434/v1');
  });
});
