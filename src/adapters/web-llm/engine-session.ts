import { ChatModelError, type ChatModel } from '../../core/model/chat-model';
import { explainLoadFailure } from './explain-load-failure';
import { mapLoadProgress, type LoadProgress } from './load-progress';
import { acquireModelLock, type LockManagerLike, type ModelLock } from './model-lock';
import type { EngineAppConfig, EngineWorker, WebLlmBoundary } from './web-llm-boundary';
import { createWebLlmChatModel } from './web-llm-chat-model';

export interface EngineSessionDependencies {
  loadBoundary(): Promise<WebLlmBoundary>;
  createWorker(): EngineWorker;
  locks?: LockManagerLike;
}

export interface EngineSessionEvents {
  /** A loaded model failed (device lost, worker crashed, ...). */
  onFailure(error: ChatModelError): void;
  /** Another tab took the model lock: this tab's model has been unloaded. */
  onLockLost(): void;
}

export interface LoadRequest {
  modelId: string;
  appConfig: EngineAppConfig;
  contextWindow: number;
  onProgress(progress: LoadProgress): void;
  steal?: boolean;
}

/**
 * Owns the worker, the engine inside it and the tab's model lock. A failed worker is thrown away
 * and the next load starts a fresh one, so the page (and the conversation) survive a GPU reset.
 */
export function createEngineSession(
  dependencies: EngineSessionDependencies,
  events: EngineSessionEvents,
) {
  let worker: EngineWorker | null = null;
  let lock: ModelLock | null = null;
  let cancelCurrent: (() => void) | null = null;

  function discardWorker() {
    worker?.terminate();
    worker = null;
  }

  function releaseLock() {
    lock?.release();
    lock = null;
  }

  function startWorker(): { worker: EngineWorker; crashed: Promise<never> } {
    discardWorker();
    const fresh = dependencies.createWorker();
    worker = fresh;
    const crashed = new Promise<never>((_resolve, reject) => {
      fresh.addEventListener('error', (event) => {
        const error = new ChatModelError(
          'worker-crashed',
          `The model worker crashed${event.message ? ` (${event.message})` : ''}. Reload the model; your conversation is kept.`,
        );
        if (worker === fresh) {
          discardWorker();
          events.onFailure(error);
        }
        reject(error);
      });
    });
    crashed.catch(() => {});
    return { worker: fresh, crashed };
  }

  async function load(request: LoadRequest): Promise<ChatModel> {
    cancelCurrent?.();
    const boundary = await dependencies.loadBoundary();
    lock ??= await acquireModelLock(dependencies.locks, {
      steal: request.steal ?? false,
      onLost: () => {
        lock = null;
        discardWorker();
        events.onLockLost();
      },
    });
    const started = startWorker();
    const cancelled = new Promise<never>((_resolve, reject) => {
      cancelCurrent = () => reject(new ChatModelError('aborted', 'Loading was cancelled.'));
    });
    try {
      const engine = await Promise.race([
        boundary.createWorkerEngine(started.worker, request.modelId, {
          appConfig: request.appConfig,
          initProgressCallback: (report) => request.onProgress(mapLoadProgress(report)),
        }),
        started.crashed,
        cancelled,
      ]);
      return createWebLlmChatModel({
        engine,
        id: request.modelId,
        contextWindow: request.contextWindow,
        crashed: started.crashed,
        onFailure: (error) => {
          // The worker's own error listener has already reported a crash.
          if (error.kind === 'worker-crashed') return;
          // A lost device leaves nothing reusable: start fresh next time.
          if (error.kind === 'device-lost') discardWorker();
          events.onFailure(error);
        },
      });
    } catch (error) {
      if (worker === started.worker) discardWorker();
      throw await explainLoadFailure(error, request.modelId, request.appConfig);
    } finally {
      cancelCurrent = null;
    }
  }

  return {
    load,
    /** Stops a load in progress; web-llm keeps the shards already cached, so retry resumes. */
    cancel() {
      cancelCurrent?.();
      discardWorker();
    },
    unload() {
      discardWorker();
      releaseLock();
    },
    discardWorker,
    async prebuiltAppConfig(): Promise<EngineAppConfig> {
      return (await dependencies.loadBoundary()).prebuiltAppConfig;
    },
    async isCached(modelId: string, appConfig: EngineAppConfig): Promise<boolean> {
      const boundary = await dependencies.loadBoundary();
      return boundary.hasModelInCache(modelId, appConfig).catch(() => false);
    },
    async deleteCached(modelId: string, appConfig: EngineAppConfig): Promise<void> {
      const boundary = await dependencies.loadBoundary();
      await boundary.deleteModelAllInfoInCache(modelId, appConfig);
    },
  };
}

export type EngineSession = ReturnType<typeof createEngineSession>;
