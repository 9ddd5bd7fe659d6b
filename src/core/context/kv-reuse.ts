import type { ChatMessage, FinishReason } from '../model/chat-model';
import {
  MESSAGE_OVERHEAD_TOKENS,
  countMessageTokens,
  countPromptTokens,
  type TokenCounter,
} from './token-counter';

/** What the engine holds after a call: the request it answered and its canonical reply. */
export interface EngineConversation {
  messages: readonly ChatMessage[];
  reply: string;
  finishReason: FinishReason;
}

export interface PrefillEstimate {
  promptTokens: number;
  prefilledTokens: number;
  reused: boolean;
}

function sameMessage(left: ChatMessage | undefined, right: ChatMessage | undefined): boolean {
  return !!left && !!right && left.role === right.role && left.content === right.content;
}

/**
 * web-llm 0.2.86's rule: the KV cache is reused only when the request is the previous request,
 * plus its canonical reply, plus exactly one new user message, byte for byte; and never after
 * an "abort" or "length" finish. There is no partial-prefix reuse.
 */
export function reusesKvCache(
  previous: EngineConversation | undefined,
  messages: readonly ChatMessage[],
): boolean {
  if (!previous || previous.finishReason !== 'stop') return false;
  const before = previous.messages;
  if (messages.length !== before.length + 2) return false;
  for (let index = 0; index < before.length; index += 1) {
    if (!sameMessage(before[index], messages[index])) return false;
  }
  const reply = messages[before.length];
  const added = messages[before.length + 1];
  return reply?.role === 'assistant' && reply.content === previous.reply && added?.role === 'user';
}

/** Tokens the engine must prefill for `messages`, given what it holds from the last call. */
export function estimatePrefill(
  previous: EngineConversation | undefined,
  messages: readonly ChatMessage[],
  counter: TokenCounter,
): PrefillEstimate {
  const promptTokens = countPromptTokens(messages, counter);
  if (!reusesKvCache(previous, messages)) {
    return { promptTokens, prefilledTokens: promptTokens, reused: false };
  }
  const added = messages[messages.length - 1];
  // The reply's end-of-turn token, the new message, and the header that opens the answer.
  const prefilledTokens =
    (added ? countMessageTokens(added, counter) : 0) + 1 + (MESSAGE_OVERHEAD_TOKENS - 1);
  return { promptTokens, prefilledTokens, reused: true };
}
