import { describe, expect, it } from 'vitest';
import type { ChatModel, ChatModelError } from '../../core/model/chat-model';
import { createEngineSession, type EngineSessionDependencies } from './engine-session';
import type { LoadProgress } from './load-progress';
import { ModelLockBusyError } from './model-lock';
import { createFakeLockManager } from './testing/fake-lock-manager';
import { createFakeWebLlm } from './drill/simulated-web-llm';

const appConfig = { model_list: [] };

function setup(locks = createFakeLockManager()) {
  const fake = createFakeWebLlm(appConfig);
  const failures: ChatModelError[] = [];
  let lockLost = 0;
  const dependencies: EngineSessionDependencies = {
    loadBoundary: async () => fake,
    createWorker: () => fake.createWorker(),
    locks,
  };
  const session = createEngineSession(dependencies, {
    onFailure: (error) => failures.push(error),
    onLockLost: () => lockLost++,
  });
  return { fake, session, failures, locks, lockLost: () => lockLost };
}

const request = (onProgress: (p: LoadProgress) => void = () => {}) => ({
  modelId: 'CoALM-8B-q4f32_1-MLC',
  appConfig,
  contextWindow: 4096,
  onProgress,
});

async function drain(model: ChatModel) {
  for await (const _event of model.stream({
    messages: [{ role: 'user', content: 'x' }],
    maxTokens: 4,
  }));
}

describe('createEngineSession', () => {
  it('loads in a fresh worker and maps progress reports', async () => {
    const { fake, session } = setup();
    fake.progressReports = [
      {
        progress: 0.5,
        timeElapsed: 4,
        text: 'Fetching param cache[1/2]: 100MB fetched. 50% completed, 4 secs elapsed.',
      },
      {
        progress: 0.5,
        timeElapsed: 1,
        text: 'Loading GPU shader modules[5/10]: 50% completed, 1 secs elapsed.',
      },
    ];
    const seen: LoadProgress[] = [];
    const model = await session.load(request((progress) => seen.push(progress)));
    expect(model.id).toBe('CoALM-8B-q4f32_1-MLC');
    expect(seen.map((progress) => progress.phase)).toEqual(['download', 'shader-compile']);
    expect(seen[0]?.totalBytes).toBe(200 * 1024 * 1024);
    expect(fake.workers).toHaveLength(1);
  });

  it('cancels a load in progress and terminates its worker', async () => {
    const { fake, session } = setup();
    fake.loadGate = new Promise(() => {});
    const pending = session.load(request());
    await new Promise((resolve) => setTimeout(resolve, 0));
    session.cancel();
    await expect(pending).rejects.toMatchObject({ kind: 'aborted' });
    expect(fake.workers[0]?.terminated).toBe(true);
  });

  it('classifies a load failure and starts a new worker on retry', async () => {
    const { fake, session } = setup();
    fake.loadError = 'TypeError: Failed to fetch';
    await expect(session.load(request())).rejects.toMatchObject({ kind: 'network' });
    expect(fake.workers[0]?.terminated).toBe(true);
    await session.load(request());
    expect(fake.workers).toHaveLength(2);
  });

  it('throws away the worker after a device loss and reloads in a new one', async () => {
    const { fake, session, failures } = setup();
    fake.nextReplies = [{ deltas: [], error: 'DeviceLostError: The WebGPU device was lost.' }];
    const model = await session.load(request());
    await expect(drain(model)).rejects.toMatchObject({ kind: 'device-lost' });
    expect(failures.map((failure) => failure.kind)).toEqual(['device-lost']);
    expect(fake.workers[0]?.terminated).toBe(true);
    fake.nextReplies = [];
    const again = await session.load(request());
    await drain(again);
    expect(fake.workers).toHaveLength(2);
  });

  it('reports a crashed worker', async () => {
    const { fake, session, failures } = setup();
    await session.load(request());
    fake.workers[0]?.crash('Uncaught RangeError: Array buffer allocation failed');
    expect(failures[0]?.kind).toBe('worker-crashed');
    expect(failures[0]?.message).toMatch(/allocation failed/);
  });

  it('lets one tab hold the model; another is told and can take over', async () => {
    const locks = createFakeLockManager();
    const first = setup(locks);
    const second = setup(locks);
    await first.session.load(request());
    await expect(second.session.load(request())).rejects.toBeInstanceOf(ModelLockBusyError);
    await second.session.load({ ...request(), steal: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(first.lockLost()).toBe(1);
    expect(first.fake.workers[0]?.terminated).toBe(true);
    second.session.unload();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(locks.holders()).toBe(0);
    expect(first.lockLost()).toBe(1);
  });
});
