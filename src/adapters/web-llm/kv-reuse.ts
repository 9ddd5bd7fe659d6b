import type { ChatMessage } from '../../core/model/chat-model';

/** What the engine's single KV sequence holds after the last request. */
export interface LiveSequence {
  messages: readonly ChatMessage[];
  /** False after an abort, a length stop or an error: web-llm re-prefills then. */
  reusable: boolean;
  /** Prompt plus completion tokens now in the KV cache. */
  tokens: number;
}

/**
 * web-llm 0.2.86 reuses its KV cache only when the request is the live conversation (with the
 * assistant text exactly as getMessage() returned it) plus exactly one new user message.
 */
export function expectsKvReuse(
  live: LiveSequence | null,
  messages: readonly ChatMessage[],
): boolean {
  if (!live?.reusable) return false;
  if (messages.length !== live.messages.length + 1) return false;
  if (messages[messages.length - 1]?.role !== 'user') return false;
  return live.messages.every(
    (message, index) =>
      message.role === messages[index]?.role && message.content === messages[index]?.content,
  );
}
