import {
  ChatModelError,
  type ChatModel,
  type ChatRequest,
  type ChatStreamEvent,
  type ChatTransport,
  type ChatUsage,
} from '../../core/model/chat-model';
import {
  DEFAULT_CONTEXT_WINDOW,
  DEFAULT_FIRST_TOKEN_TIMEOUT_MS,
  type ServerConfig,
} from './server-config';
import { httpError, interruptedError, noFirstTokenError, unreachableError } from './server-errors';
import { buildServerRequest } from './server-request';
import { readNdjsonStream, readSseStream, type ServerUsage } from './stream-reader';

export interface ServerChatModelOptions {
  config: ServerConfig;
  fetch?: typeof fetch;
  now?: () => number;
  /** This page's origin, named in the CORS advice (absent in Node). */
  pageOrigin?: string;
  countTokens?: (text: string) => number | undefined;
}

/** The headers of every request: the key travels only here, never in a URL. */
export function serverHeaders(config: Pick<ServerConfig, 'apiKey'>): Record<string, string> {
  return {
    'content-type': 'application/json',
    ...(config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {}),
  };
}

function toUsage(
  reported: ServerUsage,
  transport: ChatTransport,
  timing: { firstTokenMs: number | undefined; totalMs: number },
): ChatUsage {
  const promptTokens = reported.promptTokens ?? 0;
  const cached = reported.cachedTokens;
  // Unknown, not the whole prompt, when the server does not report what its cache served.
  const prefilled = cached === undefined ? undefined : Math.max(0, promptTokens - cached);
  const completion = reported.completionTokens ?? 0;
  const decodeMs =
    reported.decodeMs ??
    (timing.firstTokenMs === undefined ? undefined : timing.totalMs - timing.firstTokenMs);
  return {
    promptTokens,
    ...(prefilled === undefined ? {} : { prefilledTokens: prefilled }),
    completionTokens: completion,
    totalMs: timing.totalMs,
    ...(timing.firstTokenMs === undefined ? {} : { timeToFirstTokenMs: timing.firstTokenMs }),
    ...(reported.promptMs && prefilled !== undefined
      ? { prefillTokensPerSecond: prefilled / (reported.promptMs / 1000) }
      : {}),
    ...(decodeMs && completion > 1
      ? { decodeTokensPerSecond: completion / (decodeMs / 1000) }
      : {}),
    ...(cached === undefined ? {} : { cachedTokens: cached, kvCacheReused: cached > 0 }),
    transport,
  };
}

/**
 * A ChatModel over an OpenAI-compatible server (Ollama, llama.cpp, vLLM, SGLang, LM Studio).
 * Stop aborts the HTTP request, so the server sees the connection close and stops generating.
 */
export function createServerChatModel(options: ServerChatModelOptions): ChatModel {
  const { config } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch.bind(globalThis);
  const now = options.now ?? (() => performance.now());
  const firstTokenTimeoutMs = config.firstTokenTimeoutMs ?? DEFAULT_FIRST_TOKEN_TIMEOUT_MS;

  async function* stream(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
    const http = buildServerRequest(config, request);
    const controller = new AbortController();
    const stopped = () => request.signal?.aborted === true;
    const onAbort = () => controller.abort();
    request.signal?.addEventListener('abort', onAbort);
    let waitedTooLong = false;
    const timer = setTimeout(() => {
      waitedTooLong = true;
      controller.abort();
    }, firstTokenTimeoutMs);
    const startedAt = now();
    let firstTokenMs: number | undefined;
    let text = '';
    let finishReason: string | undefined;
    let usage: ServerUsage = {};
    let completed = false;
    try {
      if (stopped()) throw new ChatModelError('aborted', 'Stopped.');
      let response: Response;
      try {
        response = await fetchImpl(http.url, {
          method: 'POST',
          headers: serverHeaders(config),
          body: JSON.stringify(http.body),
          signal: controller.signal,
        });
      } catch {
        if (stopped()) throw new ChatModelError('aborted', 'Stopped.');
        if (waitedTooLong) throw noFirstTokenError(firstTokenTimeoutMs);
        throw unreachableError(config, options.pageOrigin);
      }
      if (!response.ok) throw httpError(config, response.status, await response.text());
      if (!response.body) throw interruptedError(config);
      const chunks =
        http.streamFormat === 'ndjson'
          ? readNdjsonStream(response.body)
          : readSseStream(response.body);
      try {
        for await (const chunk of chunks) {
          if (chunk.error) throw httpError(config, 500, JSON.stringify({ error: chunk.error }));
          if (firstTokenMs === undefined && (chunk.text || chunk.finishReason)) {
            firstTokenMs = now() - startedAt;
            clearTimeout(timer);
          }
          if (chunk.text) {
            text += chunk.text;
            yield { type: 'delta', text: chunk.text };
          }
          if (chunk.finishReason) finishReason = chunk.finishReason;
          if (chunk.usage) usage = { ...usage, ...chunk.usage };
        }
      } catch (error) {
        if (error instanceof ChatModelError) throw error;
        if (stopped()) {
          yield {
            type: 'done',
            result: {
              text,
              finishReason: 'abort',
              usage: toUsage(usage, http.transport, { firstTokenMs, totalMs: now() - startedAt }),
            },
          };
          return;
        }
        if (waitedTooLong) throw noFirstTokenError(firstTokenTimeoutMs);
        throw interruptedError(config);
      }
      completed = true;
      yield {
        type: 'done',
        result: {
          text,
          finishReason: stopped() ? 'abort' : finishReason === 'length' ? 'length' : 'stop',
          usage: toUsage(usage, http.transport, { firstTokenMs, totalMs: now() - startedAt }),
        },
      };
    } finally {
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      // Leaving early (a consumer that stops reading) must close the connection too.
      if (!completed) controller.abort();
    }
  }

  return {
    id: config.model,
    contextWindow: config.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
    stream,
    ...(options.countTokens ? { countTokens: options.countTokens } : {}),
  };
}
