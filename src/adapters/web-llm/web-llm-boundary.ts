// The only seam between the app and the web-llm package. Everything else in this folder talks to
// these small interfaces, so Node tests pass a fake and the 6 MB package loads only on demand.

export interface EngineProgressReport {
  progress: number;
  timeElapsed: number;
  text: string;
}

export interface EngineModelRecord {
  model: string;
  model_id: string;
  model_lib: string;
  vram_required_MB?: number;
  low_resource_required?: boolean;
  required_features?: string[];
  overrides?: { context_window_size?: number };
}

export interface EngineAppConfig {
  model_list: EngineModelRecord[];
  cacheBackend?: 'cache' | 'indexeddb' | 'opfs';
}

export interface CompletionUsageReport {
  prompt_tokens: number;
  completion_tokens: number;
  extra?: {
    e2e_latency_s?: number;
    prefill_tokens_per_s?: number;
    decode_tokens_per_s?: number;
    time_to_first_token_s?: number;
  };
}

export interface CompletionChunk {
  choices: { delta: { content?: string | null }; finish_reason?: string | null }[];
  usage?: CompletionUsageReport | null;
}

export interface StreamingCompletionRequest {
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
  stream: true;
  stream_options: { include_usage: true };
  max_tokens: number;
  stop?: string[];
  temperature?: number;
  response_format?: { type: 'grammar'; grammar: string };
}

export interface WorkerEngine {
  chat: {
    completions: {
      create(request: StreamingCompletionRequest): Promise<AsyncIterable<CompletionChunk>>;
    };
  };
  getMessage(): Promise<string>;
  interruptGenerate(): void;
  unload(): Promise<void>;
}

/** What we need from a Worker: a fake in tests, a real module worker in the page. */
export interface EngineWorker {
  terminate(): void;
  addEventListener(type: 'error', listener: (event: { message?: string }) => void): void;
}

export interface WebLlmBoundary {
  prebuiltAppConfig: EngineAppConfig;
  createWorkerEngine(
    worker: EngineWorker,
    modelId: string,
    options: {
      appConfig: EngineAppConfig;
      initProgressCallback: (report: EngineProgressReport) => void;
    },
  ): Promise<WorkerEngine>;
  hasModelInCache(modelId: string, appConfig: EngineAppConfig): Promise<boolean>;
  deleteModelAllInfoInCache(modelId: string, appConfig: EngineAppConfig): Promise<void>;
}

/** Loads web-llm lazily: the first call fetches its chunk, later calls reuse it. */
let boundaryPromise: Promise<WebLlmBoundary> | null = null;
export function loadWebLlmBoundary(): Promise<WebLlmBoundary> {
  boundaryPromise ??= import('@mlc-ai/web-llm').then((webLlm) => ({
    prebuiltAppConfig: webLlm.prebuiltAppConfig as EngineAppConfig,
    async createWorkerEngine(worker, modelId, options) {
      const engine = await webLlm.CreateWebWorkerMLCEngine(worker, modelId, {
        appConfig: options.appConfig,
        initProgressCallback: options.initProgressCallback,
      });
      return engine as unknown as WorkerEngine;
    },
    hasModelInCache: (modelId, appConfig) => webLlm.hasModelInCache(modelId, appConfig),
    deleteModelAllInfoInCache: (modelId, appConfig) =>
      webLlm.deleteModelAllInfoInCache(modelId, appConfig),
  }));
  return boundaryPromise;
}

export function createCoalmEngineWorker(): EngineWorker {
  return new Worker(new URL('./coalm-engine.worker.ts', import.meta.url), { type: 'module' });
}
