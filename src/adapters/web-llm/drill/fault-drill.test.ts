import { describe, expect, it } from 'vitest';
import { ChatModelError, type ChatModel } from '../../../core/model/chat-model';
import type { EngineEnvironment } from '../engine-environment';
import { createEngineSession } from '../engine-session';
import { createFaultDrill, faultDrillFromSearch, type DrillFault } from './fault-drill';
import type { LoadProgress } from '../load-progress';
import { runPreflight } from '../preflight';
import { installedPrebuiltAppConfig } from '../testing/installed-prebuilt';

const outputs = ['System: one', 'System: two', 'System: three', 'System: four'];
const modelId = 'Llama-3.2-3B-Instruct-q4f32_1-MLC';

function pageEnvironment(): EngineEnvironment {
  return {
    isSecureContext: false,
    navigator: { userAgent: 'test' },
    origin: 'http://127.0.0.1:4173',
    search: '',
    fetch: (async () => new Response(JSON.stringify({ outputs }))) as typeof fetch,
    settings: { get: () => null, set: () => {} },
    defaultWeightsUrl: '',
  };
}

function drillSession(fault: DrillFault) {
  const drill = createFaultDrill(
    { fault, scriptUrl: '/drill.json' },
    pageEnvironment(),
    async () => installedPrebuiltAppConfig,
  );
  const failures: ChatModelError[] = [];
  const session = createEngineSession(drill.webLlm, {
    onFailure: (error) => failures.push(error),
    onLockLost: () => {},
  });
  const progress: LoadProgress[] = [];
  const load = () =>
    session.load({
      modelId,
      appConfig: installedPrebuiltAppConfig,
      contextWindow: 4096,
      onProgress: (report) => progress.push(report),
    });
  return { drill, session, failures, progress, load };
}

async function reply(model: ChatModel): Promise<string> {
  let text = '';
  for await (const event of model.stream({
    messages: [{ role: 'user', content: 'hi' }],
    maxTokens: 16,
  }))
    if (event.type === 'done') text = event.result.text;
  return text;
}

async function failureOf(promise: Promise<unknown>): Promise<ChatModelError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ChatModelError))
    throw new Error(`expected a ChatModelError, got ${error}`);
  return error;
}

describe('fault drill', () => {
  it('is asked for with ?engine=drill, defaulting to a device loss', () => {
    expect(faultDrillFromSearch('?engine=drill&fault=worker-crash&script=/s.json')).toEqual({
      fault: 'worker-crash',
      scriptUrl: '/s.json',
    });
    expect(faultDrillFromSearch('?engine=drill')?.fault).toBe('device-lost');
    expect(faultDrillFromSearch('?engine=scripted')).toBeNull();
  });

  it('simulates a GPU without shader-f16 that passes preflight', async () => {
    const { drill } = drillSession('device-lost');
    const result = await runPreflight(drill.environment);
    expect(result.ok).toBe(true);
    expect(result.shaderF16).toBe(false);
  });

  it('loses the device on the third call; a reload goes on with the next reply', async () => {
    const { load, failures } = drillSession('device-lost');
    const model = await load();
    expect([await reply(model), await reply(model)]).toEqual(['System: one', 'System: two']);
    const lost = await failureOf(reply(model));
    expect(lost.kind).toBe('device-lost');
    expect(failures.map((failure) => failure.kind)).toEqual(['device-lost']);
    expect(await reply(await load())).toBe('System: three');
  });

  it('crashes the worker on the third call; the session starts a fresh worker', async () => {
    const { load, failures } = drillSession('worker-crash');
    const model = await load();
    await reply(model);
    await reply(model);
    expect((await failureOf(reply(model))).kind).toBe('worker-crashed');
    expect(failures.map((failure) => failure.kind)).toEqual(['worker-crashed']);
    expect(await reply(await load())).toBe('System: three');
  });

  it('breaks the first download half-way; a retry resumes from the half already cached', async () => {
    const { load, progress } = drillSession('download-broken');
    expect((await failureOf(load())).kind).toBe('network');
    expect(Math.max(...progress.map((report) => report.fraction))).toBeLessThanOrEqual(0.5);
    progress.length = 0;
    const model = await load();
    expect(progress[0]?.fraction).toBeGreaterThanOrEqual(0.5);
    expect(progress.at(-1)?.fraction).toBe(1);
    expect(await reply(model)).toBe('System: one');
  });
});
