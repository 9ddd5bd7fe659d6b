import {
  ChatModelError,
  type ChatModel,
  type ChatRequest,
  type ChatStreamEvent,
  type ChatUsage,
  type FinishReason,
} from '../../core/model/chat-model';
import { classifyEngineError } from './classify-error';
import { reusesKvCache, type EngineConversation } from '../../core/context/kv-reuse';
import type {
  CompletionUsageReport,
  StreamingCompletionRequest,
  WorkerEngine,
} from './web-llm-boundary';

export interface WebLlmChatModelOptions {
  engine: WorkerEngine;
  id: string;
  contextWindow: number;
  /** Rejects when the worker dies, so a request in flight fails instead of hanging. */
  crashed: Promise<never>;
  /** Told about every classified failure (the slice reacts to device loss). */
  onFailure?: (error: ChatModelError) => void;
  now?: () => number;
}

/*
 * With no system message in a request, web-llm renders its conversation template's default
 * system prompt ("You are a helpful, respectful and honest assistant." for llama-3_1), which
 * CoALM never saw. An explicit system message, even an empty one, replaces it, so the model only
 * ever sees the system text the prompt profile chose.
 */
function withExplicitSystem(messages: ChatRequest['messages']): ChatRequest['messages'] {
  return messages[0]?.role === 'system' ? messages : [{ role: 'system', content: '' }, ...messages];
}

function toRequest(request: ChatRequest): StreamingCompletionRequest {
  return {
    messages: withExplicitSystem(request.messages).map((message) => ({
      role: message.role,
      content: message.content,
    })),
    stream: true,
    stream_options: { include_usage: true },
    max_tokens: request.maxTokens,
    ...(request.stop && request.stop.length > 0 ? { stop: [...request.stop] } : {}),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.grammar ? { response_format: { type: 'grammar', grammar: request.grammar } } : {}),
  };
}

/** What the engine's single KV sequence holds, and how many tokens that is. */
type LiveSequence = EngineConversation & { tokens: number };

function toFinishReason(reason: string | null | undefined, aborted: boolean): FinishReason {
  if (aborted || reason === 'abort') return 'abort';
  return reason === 'length' ? 'length' : 'stop';
}

function toUsage(
  report: CompletionUsageReport | undefined,
  reused: boolean,
  live: LiveSequence | null,
  measuredMs: number,
): ChatUsage {
  const prefilled = report?.prompt_tokens ?? 0;
  const usage: ChatUsage = {
    // web-llm reports only what it prefilled; with reuse the rest was already in the cache.
    promptTokens: reused && live ? live.tokens + prefilled : prefilled,
    prefilledTokens: prefilled,
    completionTokens: report?.completion_tokens ?? 0,
    totalMs: report?.extra?.e2e_latency_s ? report.extra.e2e_latency_s * 1000 : measuredMs,
    kvCacheReused: reused,
  };
  const extra = report?.extra;
  if (extra?.prefill_tokens_per_s !== undefined)
    usage.prefillTokensPerSecond = extra.prefill_tokens_per_s;
  if (extra?.decode_tokens_per_s !== undefined)
    usage.decodeTokensPerSecond = extra.decode_tokens_per_s;
  if (extra?.time_to_first_token_s !== undefined)
    usage.timeToFirstTokenMs = extra.time_to_first_token_s * 1000;
  return usage;
}

export function createWebLlmChatModel(options: WebLlmChatModelOptions): ChatModel {
  const { engine, crashed } = options;
  const now = options.now ?? (() => performance.now());
  let live: LiveSequence | null = null;
  // One KV sequence per engine: a second request (an evaluation run, a title) waits its turn
  // instead of interleaving with the one in flight.
  let queue: Promise<void> = Promise.resolve();

  const fail = (error: unknown): ChatModelError => {
    live = null;
    const classified = classifyEngineError(error);
    options.onFailure?.(classified);
    return classified;
  };
  const orCrash = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, crashed]);

  async function* stream(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
    let release: () => void = () => {};
    const previousTurn = queue;
    queue = new Promise<void>((resolve) => (release = resolve));
    try {
      await previousTurn;
      yield* generate(request);
    } finally {
      release();
    }
  }

  async function* generate(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
    if (request.signal?.aborted) throw new ChatModelError('aborted', 'Stopped before it started.');
    const reused = reusesKvCache(live ?? undefined, request.messages);
    const previous = live;
    const started = now();
    let aborted = false;
    const onAbort = () => {
      aborted = true;
      engine.interruptGenerate();
    };
    request.signal?.addEventListener('abort', onAbort);
    try {
      let finish: string | null | undefined;
      let usageReport: CompletionUsageReport | undefined;
      try {
        const chunks = await orCrash(engine.chat.completions.create(toRequest(request)));
        const iterator = chunks[Symbol.asyncIterator]();
        for (;;) {
          const step = await orCrash(iterator.next());
          if (step.done) break;
          const choice = step.value.choices[0];
          if (choice?.finish_reason) finish = choice.finish_reason;
          if (step.value.usage) usageReport = step.value.usage;
          const delta = choice?.delta.content;
          if (delta) yield { type: 'delta', text: delta };
        }
      } catch (error) {
        throw fail(error);
      }
      const text = await orCrash(engine.getMessage()).catch((error: unknown) => {
        throw fail(error);
      });
      const finishReason = toFinishReason(finish, aborted);
      const usage = toUsage(usageReport, reused, previous, now() - started);
      live = {
        messages: request.messages,
        reply: text,
        finishReason,
        tokens: usage.promptTokens + usage.completionTokens,
      };
      yield { type: 'done', result: { text, finishReason, usage } };
    } finally {
      request.signal?.removeEventListener('abort', onAbort);
    }
  }

  return { id: options.id, contextWindow: options.contextWindow, stream };
}
