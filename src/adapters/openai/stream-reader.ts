import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** What one streamed piece says, whatever the server's dialect. */
export interface StreamChunk {
  text: string;
  finishReason?: string;
  usage?: ServerUsage;
  /** An error the server sent inside the stream. */
  error?: string;
}

/** Usage as the server reports it; any field may be missing. */
export interface ServerUsage {
  promptTokens?: number;
  completionTokens?: number;
  /** Prompt tokens served from the server's prefix cache. */
  cachedTokens?: number;
  promptMs?: number;
  decodeMs?: number;
}

/** The stream ended before the server said it was finished. */
export class StreamCut extends Error {}

type Json = Record<string, unknown>;
const record = (value: unknown): Json =>
  value !== null && typeof value === 'object' ? (value as Json) : {};
const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function definedOnly(usage: {
  [K in keyof ServerUsage]-?: ServerUsage[K] | undefined;
}): ServerUsage {
  return Object.fromEntries(
    Object.entries(usage).filter(([, value]) => value !== undefined),
  ) as ServerUsage;
}

export function errorText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const error = record(value);
  return typeof error.message === 'string' ? error.message : undefined;
}

/** An OpenAI-style chunk (chat or completions), with llama.cpp's timings and vLLM's details. */
export function readOpenAiChunk(data: Json): StreamChunk {
  if (data.error !== undefined) return { text: '', error: errorText(data.error) ?? 'server error' };
  const choice = record((data.choices as unknown[] | undefined)?.[0]);
  const delta = record(choice.delta);
  const text =
    typeof choice.text === 'string'
      ? choice.text
      : typeof delta.content === 'string'
        ? delta.content
        : '';
  const chunk: StreamChunk = { text };
  if (typeof choice.finish_reason === 'string') chunk.finishReason = choice.finish_reason;
  const usage = record(data.usage);
  const timings = record(data.timings);
  if (data.usage || data.timings) {
    const cached =
      number(record(usage.prompt_tokens_details).cached_tokens) ?? number(timings.cache_n);
    chunk.usage = definedOnly({
      promptTokens: number(usage.prompt_tokens),
      completionTokens: number(usage.completion_tokens),
      cachedTokens: cached,
      promptMs: number(timings.prompt_ms),
      decodeMs: number(timings.predicted_ms),
    });
  }
  return chunk;
}

/** One line of Ollama's `/api/generate` stream. Durations are nanoseconds. */
export function readOllamaLine(data: Json): StreamChunk {
  if (data.error !== undefined) return { text: '', error: errorText(data.error) ?? 'server error' };
  const chunk: StreamChunk = { text: typeof data.response === 'string' ? data.response : '' };
  if (data.done === true) {
    chunk.finishReason = typeof data.done_reason === 'string' ? data.done_reason : 'stop';
    const nanoseconds = (value: unknown) => {
      const ns = number(value);
      return ns === undefined ? undefined : ns / 1e6;
    };
    // prompt_eval_count is the whole prompt, cached tokens included (llama-server's cache_n +
    // prompt_n behind Ollama 0.30 and later; len(inputs) in the runners before): Ollama never
    // says how much it reused, only that prompt_eval_duration shrinks.
    chunk.usage = definedOnly({
      promptTokens: number(data.prompt_eval_count),
      completionTokens: number(data.eval_count),
      cachedTokens: undefined,
      promptMs: nanoseconds(data.prompt_eval_duration),
      decodeMs: nanoseconds(data.eval_duration),
    });
  }
  return chunk;
}

async function* decodedText(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      yield decoder.decode(value, { stream: true });
    }
  } finally {
    reader.releaseLock();
  }
}

/** Server-sent events until `[DONE]`; a stream that closes before it is cut. */
export async function* readSseStream(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<StreamChunk> {
  const pending: EventSourceMessage[] = [];
  const parser = createParser({ onEvent: (event) => pending.push(event) });
  let finished = false;
  let sawFinish = false;
  for await (const text of decodedText(body)) {
    parser.feed(text);
    while (pending.length > 0) {
      const event = pending.shift()!;
      if (event.data === '[DONE]') {
        finished = true;
        continue;
      }
      let data: unknown;
      try {
        data = JSON.parse(event.data);
      } catch {
        continue;
      }
      const chunk = readOpenAiChunk(record(data));
      if (chunk.finishReason) sawFinish = true;
      yield chunk;
    }
    if (finished) return;
  }
  // Some servers end a stream without [DONE]; a finish reason still proves it was complete.
  if (!finished && !sawFinish) throw new StreamCut('the stream closed before the reply finished');
}

/** Ollama's JSON lines until `done: true`. */
export async function* readNdjsonStream(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<StreamChunk> {
  let buffer = '';
  for await (const text of decodedText(body)) {
    buffer += text;
    let newline = buffer.indexOf('\n');
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      newline = buffer.indexOf('\n');
      if (line === '') continue;
      const chunk = readOllamaLine(record(JSON.parse(line)));
      yield chunk;
      if (chunk.finishReason) return;
    }
  }
  throw new StreamCut('the stream closed before the reply finished');
}
