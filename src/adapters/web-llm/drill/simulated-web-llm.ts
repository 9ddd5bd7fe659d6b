import type {
  CompletionChunk,
  EngineAppConfig,
  EngineProgressReport,
  EngineWorker,
  StreamingCompletionRequest,
  WebLlmBoundary,
  WorkerEngine,
} from '../web-llm-boundary';

// A stand-in for web-llm's module boundary: same shapes, no GPU. Unit tests script its replies,
// progress reports and failures and read back what it was asked; the fault drill
// (fault-drill.ts) runs it in the page so the real recovery paths can be exercised in a browser.

export interface FakeReply {
  /** Streamed deltas; getMessage() returns `canonical` (or their join). */
  deltas: string[];
  canonical?: string;
  finishReason?: 'stop' | 'length';
  promptTokens?: number;
  /** Thrown (as web-llm does: a string) instead of replying. */
  error?: string;
}

export class FakeWorker implements EngineWorker {
  terminated = false;
  private listeners: ((event: { message?: string }) => void)[] = [];
  terminate() {
    this.terminated = true;
  }
  addEventListener(_type: 'error', listener: (event: { message?: string }) => void) {
    this.listeners.push(listener);
  }
  crash(message: string) {
    for (const listener of this.listeners) listener({ message });
  }
}

export class FakeEngine implements WorkerEngine {
  readonly requests: StreamingCompletionRequest[] = [];
  replies: FakeReply[] = [];
  interrupted = 0;
  unloaded = false;
  /** Set by a test to hold the stream open after this many deltas. */
  pauseAfter: number | null = null;
  private lastMessage = '';
  private interruptFlag = false;
  private resumePaused: (() => void) | null = null;

  chat = { completions: { create: (request: StreamingCompletionRequest) => this.create(request) } };

  private async create(
    request: StreamingCompletionRequest,
  ): Promise<AsyncIterable<CompletionChunk>> {
    this.requests.push(request);
    this.interruptFlag = false;
    const reply = this.replies.shift() ?? { deltas: ['(no reply scripted)'] };
    if (reply.error) throw reply.error;
    return this.chunks(reply);
  }

  private async *chunks(reply: FakeReply): AsyncGenerator<CompletionChunk> {
    let sent = 0;
    for (const delta of reply.deltas) {
      if (this.pauseAfter !== null && sent === this.pauseAfter && !this.interruptFlag)
        await new Promise<void>((resolve) => (this.resumePaused = resolve));
      if (this.interruptFlag) break;
      yield { choices: [{ delta: { content: delta }, finish_reason: null }] };
      sent++;
    }
    const finish = this.interruptFlag ? 'abort' : (reply.finishReason ?? 'stop');
    this.lastMessage = this.interruptFlag
      ? reply.deltas.slice(0, sent).join('')
      : (reply.canonical ?? reply.deltas.join(''));
    yield { choices: [{ delta: {}, finish_reason: finish }] };
    yield {
      choices: [],
      usage: {
        prompt_tokens: reply.promptTokens ?? 100,
        completion_tokens: sent,
        extra: {
          e2e_latency_s: 0.5,
          prefill_tokens_per_s: 400,
          decode_tokens_per_s: 20,
          time_to_first_token_s: 0.25,
        },
      },
    };
  }

  async getMessage() {
    return this.lastMessage;
  }
  interruptGenerate() {
    this.interrupted++;
    this.interruptFlag = true;
    this.resumePaused?.();
  }
  async unload() {
    this.unloaded = true;
  }
}

export interface FakeWebLlm extends WebLlmBoundary {
  engines: FakeEngine[];
  workers: FakeWorker[];
  createWorker(): FakeWorker;
  cached: Set<string>;
  deleted: string[];
  /** Reports sent during the next load. */
  progressReports: EngineProgressReport[];
  /** The next load fails with this string. */
  loadError: string | null;
  /** When set, the next load waits for this promise (to test cancel). */
  loadGate: Promise<void> | null;
  lastAppConfig: EngineAppConfig | null;
  loadedModelIds: string[];
  /** Replies given to every engine created from now on. */
  nextReplies: FakeReply[];
}

export function createFakeWebLlm(prebuiltAppConfig: EngineAppConfig): FakeWebLlm {
  const fake: FakeWebLlm = {
    prebuiltAppConfig,
    engines: [],
    workers: [],
    cached: new Set(),
    deleted: [],
    progressReports: [],
    loadError: null,
    loadGate: null,
    lastAppConfig: null,
    loadedModelIds: [],
    nextReplies: [],
    createWorker() {
      const worker = new FakeWorker();
      fake.workers.push(worker);
      return worker;
    },
    async createWorkerEngine(_worker, modelId, options) {
      fake.lastAppConfig = options.appConfig;
      for (const report of fake.progressReports) options.initProgressCallback(report);
      if (fake.loadGate) await fake.loadGate;
      if (fake.loadError) {
        const error = fake.loadError;
        fake.loadError = null;
        throw error;
      }
      const engine = new FakeEngine();
      engine.replies = [...fake.nextReplies];
      fake.engines.push(engine);
      fake.loadedModelIds.push(modelId);
      fake.cached.add(modelId);
      return engine;
    },
    async hasModelInCache(modelId) {
      return fake.cached.has(modelId);
    },
    async deleteModelAllInfoInCache(modelId) {
      fake.deleted.push(modelId);
      fake.cached.delete(modelId);
    },
  };
  return fake;
}
