import { describe, expect, it } from 'vitest';
import type { EngineEnvironment } from '../../adapters/web-llm/engine-environment';
import type { AdapterLike } from '../../adapters/web-llm/preflight';
import { createFakeLockManager } from '../../adapters/web-llm/testing/fake-lock-manager';
import { createFakeWebLlm, type FakeWebLlm } from '../../adapters/web-llm/drill/simulated-web-llm';
import { installedPrebuiltAppConfig } from '../../adapters/web-llm/testing/installed-prebuilt';
import type { ChatModel } from '../../core/model/chat-model';
import { createAppStore } from '../app-store';

const origin = 'http://127.0.0.1:4173';

function access(fake: FakeWebLlm) {
  return { loadBoundary: async () => fake, createWorker: () => fake.createWorker() };
}

function fakeAdapter(f16: boolean): AdapterLike {
  return {
    features: { has: (name) => f16 && name === 'shader-f16' },
    limits: { maxBufferSize: 2e9, maxStorageBufferBindingSize: 1e9 },
  };
}

function setup(
  options: { search?: string; gpu?: boolean; f16?: boolean; files?: Record<string, string> } = {},
) {
  const fake = createFakeWebLlm(installedPrebuiltAppConfig);
  const settings = new Map<string, string>();
  const locks = createFakeLockManager();
  const environment: EngineEnvironment = {
    isSecureContext: true,
    navigator: {
      userAgent: 'Chrome/140',
      locks,
      storage: {
        estimate: async () => ({ quota: 50e9, usage: 1e9 }),
        persist: async () => true,
      },
      ...(options.gpu === false
        ? {}
        : { gpu: { requestAdapter: async () => fakeAdapter(options.f16 ?? false) } }),
    },
    origin,
    search: options.search ?? '',
    fetch: (async (input: string | URL | Request) => {
      const path = new URL(String(input)).pathname;
      const body = options.files?.[path];
      return body === undefined ? new Response('missing', { status: 404 }) : new Response(body);
    }) as typeof fetch,
    settings: {
      get: (key) => settings.get(key) ?? null,
      set: (key, value) => void settings.set(key, value),
    },
    defaultWeightsUrl: '',
  };
  const store = createAppStore({ engine: { environment, webLlm: access(fake) } });
  const engine = () => store.getState().engine;
  return { fake, store, engine, settings, environment, locks };
}

async function collect(model: ChatModel | null) {
  if (!model) throw new Error('no model');
  let text = '';
  for await (const event of model.stream({
    messages: [{ role: 'user', content: 'hi' }],
    maxTokens: 8,
  }))
    if (event.type === 'done') text = event.result.text;
  return text;
}

describe('engine slice', () => {
  it('starts with no model and runs the general preflight without importing web-llm', async () => {
    const { engine, fake } = setup();
    await engine().initEngine();
    expect(engine().status).toBe('none');
    expect(engine().preflight?.recommendedQuantization).toBe('q4f32_1');
    expect(engine().storage).toEqual({ usageBytes: 1e9, quotaBytes: 50e9 });
    expect(fake.workers).toHaveLength(0);
  });

  it('runs scripted mode from a same-origin script', async () => {
    const script = JSON.stringify({ outputs: ['System: Hello there.'], tokenDelayMs: 0 });
    const { engine } = setup({
      search: '?engine=scripted&script=/fixtures/hello.json',
      files: { '/fixtures/hello.json': script },
    });
    await engine().initEngine();
    expect(engine().status).toBe('scripted');
    expect(engine().label).toMatch(/scripted/i);
    expect(engine().label).toMatch(/no model is running/);
    expect(await collect(engine().getChatModel())).toBe('System: Hello there.');
  });

  it('starts the demo from the bundled script, and never over a loaded model', async () => {
    const demo = JSON.stringify({ outputs: ['System: Welcome to the demo.'] });
    const { engine, fake } = setup({ files: { '/demo-scripts/dinner-booking.json': demo } });
    await engine().initEngine();
    expect(await engine().startDemo()).toBe(true);
    expect(engine().status).toBe('scripted');
    expect(await collect(engine().getChatModel())).toBe('System: Welcome to the demo.');

    const loaded = setup({ files: { '/demo-scripts/dinner-booking.json': demo } });
    loaded.fake.nextReplies = [{ deltas: ['System: real'] }];
    await loaded.engine().initEngine();
    await loaded.engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(loaded.engine().status).toBe('ready');
    expect(await loaded.engine().startDemo()).toBe(false);
    expect(loaded.engine().status).toBe('ready');
    expect(fake.workers).toHaveLength(0);
  });

  it('offers Retry when the script could not be fetched, and Retry fetches it again', async () => {
    const files: Record<string, string> = {};
    const { engine } = setup({ search: '?engine=scripted&script=/later.json', files });
    await engine().initEngine();
    expect(engine().status).toBe('error');
    expect(engine().error?.canRetry).toBe(true);
    files['/later.json'] = JSON.stringify({ outputs: ['System: Back again.'] });
    await engine().retry();
    expect(engine().status).toBe('scripted');
    expect(await collect(engine().getChatModel())).toBe('System: Back again.');
  });

  it('refuses a cross-origin script with a clear message', async () => {
    const { engine } = setup({ search: '?engine=scripted&script=https://evil.example/s.json' });
    await engine().initEngine();
    expect(engine().status).toBe('error');
    expect(engine().error?.kind).toBe('script');
    expect(engine().label).toMatch(/must come from this site/);
    expect(engine().getChatModel()).toBeNull();
  });

  it('builds the catalogue, picks q4f32_1 without shader-f16 and marks cached models', async () => {
    const { engine, fake } = setup();
    fake.cached.add('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    await engine().initEngine();
    await engine().loadCatalogue();
    expect(engine().selectedModelId).toBe('CoALM-8B-q4f32_1-MLC');
    const qwen = engine().catalogue.find(
      (entry) => entry.id === 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
    );
    expect(qwen?.cached).toBe(true);
  });

  it('loads a model with progress, then answers through it', async () => {
    const { engine, fake } = setup();
    fake.nextReplies = [{ deltas: ['System: ', 'Hi'] }];
    const phases: string[] = [];
    fake.progressReports = [
      {
        progress: 0.1,
        timeElapsed: 1,
        text: 'Fetching param cache[1/9]: 400MB fetched. 10% completed, 1 secs elapsed.',
      },
    ];
    await engine().initEngine();
    await engine().loadCatalogue();
    const loading = engine().loadModel('CoALM-8B-q4f32_1-MLC');
    phases.push(engine().status);
    await loading;
    expect(phases).toEqual(['loading']);
    expect(engine().status).toBe('ready');
    expect(engine().label).toMatch(/CoALM 8B/);
    expect(fake.lastAppConfig?.model_list.some((r) => r.model_id === 'CoALM-8B-q4f32_1-MLC')).toBe(
      true,
    );
    expect(await collect(engine().getChatModel())).toBe('System: Hi');
  });

  it('refuses to download a q4f16_1 model on a GPU without shader-f16', async () => {
    const { engine, fake } = setup();
    await engine().initEngine();
    await engine().loadModel('CoALM-8B-q4f16_1-MLC');
    expect(engine().status).toBe('error');
    expect(engine().error?.kind).toBe('preflight');
    expect(engine().error?.message).toMatch(/q4f32_1/);
    expect(fake.workers).toHaveLength(0);
  });

  it('shows the no-WebGPU guidance when loading without navigator.gpu', async () => {
    const { engine } = setup({ gpu: false });
    await engine().initEngine();
    expect(engine().preflight?.ok).toBe(false);
    await engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(engine().error?.message).toMatch(/does not expose WebGPU/);
  });

  it('keeps going after a device loss: reload works, the second loss suggests a smaller model', async () => {
    const { engine, fake } = setup();
    const lost = { deltas: [], error: 'DeviceLostError: The WebGPU device was lost.' };
    fake.nextReplies = [lost];
    await engine().loadModel('CoALM-8B-q4f32_1-MLC');
    await expect(collect(engine().getChatModel())).rejects.toMatchObject({ kind: 'device-lost' });
    expect(engine().status).toBe('error');
    expect(engine().error?.canReload).toBe(true);
    expect(engine().error?.suggestion).toBeUndefined();
    await engine().retry();
    expect(engine().status).toBe('ready');
    expect(fake.workers).toHaveLength(2);
    await expect(collect(engine().getChatModel())).rejects.toMatchObject({ kind: 'device-lost' });
    expect(engine().deviceLossCount).toBe(2);
    expect(engine().error?.suggestion?.modelId).toBe('CoALM-8B-q4f32_1-MLC-1k');
  });

  it('cancels a load and keeps what was downloaded for a retry', async () => {
    const { engine, fake } = setup();
    let open: () => void = () => {};
    fake.loadGate = new Promise((resolve) => (open = resolve));
    await engine().loadCatalogue();
    const pending = engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    await new Promise((resolve) => setTimeout(resolve, 10));
    engine().cancelLoad();
    await pending;
    expect(engine().status).toBe('none');
    expect(engine().label).toMatch(/cancelled/);
    open();
    fake.loadGate = null;
    await engine().retry();
    expect(engine().status).toBe('ready');
  });

  it('repairs and deletes cached models', async () => {
    const { engine, fake } = setup();
    await engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    await engine().repair('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(fake.deleted).toEqual(['Qwen2.5-1.5B-Instruct-q4f32_1-MLC']);
    expect(engine().status).toBe('ready');
    await engine().deleteCachedModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(engine().status).toBe('none');
    const entry = engine().catalogue.find(
      (item) => item.id === 'Qwen2.5-1.5B-Instruct-q4f32_1-MLC',
    );
    expect(entry?.cached).toBe(false);
  });

  it('persists the weights URL and rebuilds CoALM records from it', async () => {
    const { engine, fake, settings } = setup();
    await engine().loadCatalogue();
    engine().setWeightsUrl('https://cdn.example/coalm/{quant}/');
    expect(settings.get('coalm.engine.weightsUrl')).toBe('https://cdn.example/coalm/{quant}/');
    await engine().loadModel('CoALM-8B-q4f32_1-MLC');
    const record = fake.lastAppConfig?.model_list.find(
      (r) => r.model_id === 'CoALM-8B-q4f32_1-MLC',
    );
    expect(record?.model).toBe('https://cdn.example/coalm/q4f32_1/resolve/../');
  });

  it('tells a second tab the model is busy and lets it take over', async () => {
    const first = setup();
    const second = setup();
    // Both tabs share one origin: one lock manager.
    second.environment.navigator.locks = first.locks;
    const tabTwo = createAppStore({
      engine: { environment: second.environment, webLlm: access(second.fake) },
    });
    await first.engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    await tabTwo.getState().engine.loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(tabTwo.getState().engine.error?.kind).toBe('lock-busy');
    expect(tabTwo.getState().engine.error?.canTakeOver).toBe(true);
    await tabTwo.getState().engine.takeOverLock();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(tabTwo.getState().engine.status).toBe('ready');
    expect(first.engine().status).toBe('error');
    expect(first.engine().error?.kind).toBe('lock-lost');
  });

  it('keeps scripted replies when a chosen model fails its preflight', async () => {
    const script = JSON.stringify({ outputs: ['System: still here.'] });
    const { engine, fake } = setup({
      search: '?engine=scripted&script=/s.json',
      files: { '/s.json': script },
    });
    await engine().initEngine();
    await engine().loadModel('CoALM-8B-q4f16_1-MLC');
    expect(engine().status).toBe('scripted');
    expect(engine().error?.kind).toBe('preflight');
    expect(fake.workers).toHaveLength(0);
    expect(await collect(engine().getChatModel())).toBe('System: still here.');
  });
  it('answers with scripted outputs handed in when no model is loaded', async () => {
    const { engine } = setup();
    await engine().initEngine();
    const label = 'Walkthrough replay: scripted replies of the oracle agent, no model is running';
    const outputs = ['System: first.', 'System: second.'];
    expect(engine().useScriptedOutputs(outputs, label)).toBe(true);
    expect(engine().status).toBe('scripted');
    expect(engine().label).toBe(label);
    // Outputs are read as their calls come, so a caller can still correct the unused ones.
    expect(await collect(engine().getChatModel())).toBe('System: first.');
    outputs[1] = 'System: corrected.';
    expect(await collect(engine().getChatModel())).toBe('System: corrected.');
  });

  it('replaces a failed load and an earlier script, never a loaded model', async () => {
    const { engine, fake } = setup({ gpu: false });
    await engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(engine().status).toBe('error');
    expect(engine().useScriptedOutputs(['System: one.'], 'replay one')).toBe(true);
    expect(engine().error).toBeNull();
    expect(engine().useScriptedOutputs(['System: two.'], 'replay two')).toBe(true);
    expect(await collect(engine().getChatModel())).toBe('System: two.');

    const loaded = setup();
    loaded.fake.nextReplies = [{ deltas: ['System: ', 'real'] }];
    await loaded.engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(loaded.engine().useScriptedOutputs(['System: scripted.'], 'replay')).toBe(false);
    expect(loaded.engine().status).toBe('ready');
    expect(loaded.engine().label).toMatch(/Qwen/);
    expect(await collect(loaded.engine().getChatModel())).toBe('System: real');
    expect(fake.workers).toHaveLength(0);

    const loading = setup();
    let open: () => void = () => {};
    loading.fake.loadGate = new Promise((resolve) => (open = resolve));
    const pending = loading.engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loading.engine().status).toBe('loading');
    expect(loading.engine().useScriptedOutputs(['System: scripted.'], 'replay')).toBe(false);
    open();
    await pending;
    expect(loading.engine().status).toBe('ready');
  });
  it('a model loaded in the page ends the server connection it replaces', async () => {
    const { engine, fake } = setup({
      files: { '/v1/models': JSON.stringify({ data: [{ id: 'CoALM-8B' }] }) },
    });
    fake.nextReplies = [{ deltas: ['System: from the page'] }];
    await engine().initEngine();
    engine().setServerSettings({
      presetId: 'custom',
      baseUrl: `${origin}/v1`,
      dialect: 'vllm',
      model: 'CoALM-8B',
    });
    await engine().connectServer();
    expect(engine().server.connected).toBe(true);
    await engine().loadModel('Qwen2.5-1.5B-Instruct-q4f32_1-MLC');
    expect(engine().status).toBe('ready');
    expect(engine().server.connected).toBe(false);
    expect(await collect(engine().getChatModel())).toBe('System: from the page');
  });
});
