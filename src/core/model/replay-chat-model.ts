/**
 * The one stand-in for a language model: it replays scripted outputs. Scripted mode (a product
 * feature: demos, browser journeys, the benchmark), the evaluation oracle and every test use it.
 * Like a recorded model, it streams each output in token-sized deltas, cuts it at stop strings,
 * stops on abort, reports usage by web-llm 0.2.86's KV-cache reuse rule, records the requests it
 * got, and fails with a clear `script-exhausted` error when asked for more than it was given.
 */
import { sleep } from '../agent/abortable';
import { estimatePrefill, type EngineConversation } from '../context/kv-reuse';
import { estimatingCounter, type TokenCounter } from '../context/token-counter';
import {
  ChatModelError,
  type ChatModel,
  type ChatRequest,
  type ChatStreamEvent,
  type FinishReason,
} from './chat-model';

/**
 * One call's output: the raw text (streamed in chunks of `chunkSize`), or the exact deltas to
 * stream, for tests that care where one token ends and the next begins.
 */
export type ReplayOutput = string | readonly string[];

/** The output for each call: `undefined` when the script has nothing more to say. */
export type ReplayScript =
  readonly ReplayOutput[] | ((request: ChatRequest, call: number) => ReplayOutput | undefined);

export interface ReplayChatModelOptions {
  /** Raw model text for call 1, 2, ..., or a function that writes it (the oracle does). */
  outputs: ReplayScript;
  /** A label for traces and evaluation runs (default "scripted"). */
  id?: string;
  /** Delay between streamed chunks (0 in tests). */
  tokenDelayMs?: number;
  contextWindow?: number;
  /** Counts prompt tokens for `usage`; also offered to the core as `countTokens` when given. */
  tokenCounter?: TokenCounter;
  /** Characters per streamed chunk, like one token (default 4). */
  chunkSize?: number;
  /**
   * Runs before each chunk is streamed, for tests that need exact control of what happens
   * between two tokens (advance a clock, stop the turn, reload the page).
   */
  beforeChunk?: (chunk: { call: number; index: number }) => void | Promise<void>;
}

export interface ReplayChatModel extends ChatModel {
  /** Every request received, in order. */
  readonly requests: readonly ChatRequest[];
  /** How many scripted outputs are left (Infinity for a function script). */
  remaining(): number;
}

export function createReplayChatModel(options: ReplayChatModelOptions): ReplayChatModel {
  const requests: ChatRequest[] = [];
  const counter = options.tokenCounter ?? estimatingCounter;
  const chunkSize = options.chunkSize ?? 4;
  const script = options.outputs;
  let engine: EngineConversation | undefined;

  const outputFor = (request: ChatRequest, call: number): ReplayOutput => {
    const output = typeof script === 'function' ? script(request, call) : script[call - 1];
    if (output !== undefined) return output;
    const given =
      typeof script === 'function'
        ? 'its script has no more'
        : `all ${script.length} scripted outputs were used`;
    throw new ChatModelError(
      'script-exhausted',
      `The scripted model has no output for request ${call}: ${given}.`,
    );
  };

  async function* stream(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
    requests.push(request);
    const call = requests.length;
    const chunks = chunksOf(outputFor(request, call), request.stop ?? [], chunkSize);
    const prefill = estimatePrefill(engine, request.messages, counter);
    let text = '';
    let completionTokens = 0;
    let finishReason: FinishReason = 'stop';
    for (const [index, chunk] of chunks.entries()) {
      if (completionTokens >= request.maxTokens) {
        finishReason = 'length';
        break;
      }
      if (options.tokenDelayMs) await sleep(options.tokenDelayMs, request.signal);
      await options.beforeChunk?.({ call, index });
      if (request.signal?.aborted) {
        finishReason = 'abort';
        break;
      }
      text += chunk;
      completionTokens += 1;
      yield { type: 'delta', text: chunk };
    }
    engine = { messages: request.messages, reply: text, finishReason };
    yield {
      type: 'done',
      result: {
        text,
        finishReason,
        usage: {
          promptTokens: prefill.promptTokens,
          prefilledTokens: prefill.prefilledTokens,
          completionTokens,
          kvCacheReused: prefill.reused,
        },
      },
    };
  }

  const model: ReplayChatModel = {
    id: options.id ?? 'scripted',
    contextWindow: options.contextWindow ?? 4096,
    requests,
    remaining: () =>
      typeof script === 'function' ? Infinity : Math.max(0, script.length - requests.length),
    stream,
  };
  const exactCounter = options.tokenCounter;
  if (exactCounter) model.countTokens = (text) => exactCounter.count(text);
  return model;
}

/** Generation ends before the first stop string, which is not part of the text (as in web-llm). */
export function applyStopSequences(text: string, stop: readonly string[]): string {
  let end = text.length;
  for (const sequence of stop) {
    if (sequence === '') continue;
    const index = text.indexOf(sequence);
    if (index !== -1 && index < end) end = index;
  }
  return text.slice(0, end);
}

/** The deltas of one output, cut at the first stop string. */
function chunksOf(output: ReplayOutput, stop: readonly string[], size: number): string[] {
  const given = typeof output === 'string' ? undefined : output;
  const text = applyStopSequences(given ? given.join('') : (output as string), stop);
  const chunks: string[] = [];
  if (given) {
    let start = 0;
    for (const chunk of given) {
      const kept = text.slice(start, start + chunk.length);
      if (kept !== '') chunks.push(kept);
      start += chunk.length;
    }
    return chunks;
  }
  for (let start = 0; start < text.length; start += size)
    chunks.push(text.slice(start, start + size));
  return chunks;
}
