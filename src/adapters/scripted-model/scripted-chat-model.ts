import { estimatePrefill, type EngineConversation } from '../../core/context/kv-reuse';
import { estimatingCounter, type TokenCounter } from '../../core/context/token-counter';
import {
  ChatModelError,
  type ChatModel,
  type ChatRequest,
  type ChatStreamEvent,
  type FinishReason,
} from '../../core/model/chat-model';
import { applyStopSequences, splitIntoChunks, waitOrAbort } from './streaming';

export interface ScriptedChatModelOptions {
  /** Raw model text for call 1, call 2, ... */
  outputs: readonly string[];
  /** Delay between streamed chunks (0 in tests). */
  tokenDelayMs?: number;
  contextWindow?: number;
  /** Counts prompt tokens for `usage`; also offered to the core as `countTokens` when given. */
  tokenCounter?: TokenCounter;
  /** Characters per streamed chunk, like one token (default 4). */
  chunkSize?: number;
}

export interface ScriptedChatModel extends ChatModel {
  /** Every request received, in order. */
  readonly requests: readonly ChatRequest[];
  /** How many outputs are left. */
  remaining(): number;
}

/**
 * A stand-in for the real engine that replays scripted outputs: streamed in token-sized chunks,
 * cut at stop strings, abortable, with usage that follows web-llm 0.2.86's KV-cache reuse rule.
 * Unit tests, UI tests and end-to-end journeys all use it.
 */
export function createScriptedChatModel(options: ScriptedChatModelOptions): ScriptedChatModel {
  const requests: ChatRequest[] = [];
  const counter = options.tokenCounter ?? estimatingCounter;
  const chunkSize = options.chunkSize ?? 4;
  let next = 0;
  let engine: EngineConversation | undefined;

  async function* stream(request: ChatRequest): AsyncGenerator<ChatStreamEvent> {
    requests.push(request);
    const script = options.outputs[next];
    if (script === undefined) {
      throw new ChatModelError(
        'script-exhausted',
        `The scripted model has no output for request ${requests.length}: all ${options.outputs.length} scripted outputs were used.`,
      );
    }
    next += 1;
    const prefill = estimatePrefill(engine, request.messages, counter);
    const full = applyStopSequences(script, request.stop ?? []);
    let text = '';
    let completionTokens = 0;
    let finishReason: FinishReason = 'stop';
    for (const chunk of splitIntoChunks(full, chunkSize)) {
      if (completionTokens >= request.maxTokens) {
        finishReason = 'length';
        break;
      }
      if (options.tokenDelayMs) await waitOrAbort(options.tokenDelayMs, request.signal);
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

  const model: ScriptedChatModel = {
    id: 'scripted',
    contextWindow: options.contextWindow ?? 4096,
    requests,
    remaining: () => options.outputs.length - next,
    stream,
  };
  const exactCounter = options.tokenCounter;
  if (exactCounter) model.countTokens = (text) => exactCounter.count(text);
  return model;
}
