import type { ChatModel, ChatRequest } from '../../core/model/chat-model';

// STUB: contract only; the agent-core work replaces the body.
export interface ScriptedChatModelOptions {
  /** Raw model text for call 1, call 2, ... */
  outputs: readonly string[];
  /** Delay between streamed chunks (0 in tests). */
  tokenDelayMs?: number;
  contextWindow?: number;
}

export interface ScriptedChatModel extends ChatModel {
  /** Every request received, in order. */
  readonly requests: readonly ChatRequest[];
  /** How many outputs are left. */
  remaining(): number;
}

export function createScriptedChatModel(options: ScriptedChatModelOptions): ScriptedChatModel {
  const requests: ChatRequest[] = [];
  let next = 0;
  return {
    id: 'scripted',
    contextWindow: options.contextWindow ?? 4096,
    requests,
    remaining: () => options.outputs.length - next,
    async *stream(request) {
      requests.push(request);
      const text = options.outputs[next++] ?? '';
      yield { type: 'delta', text };
      yield {
        type: 'done',
        result: {
          text,
          finishReason: 'stop',
          usage: { promptTokens: 0, prefilledTokens: 0, completionTokens: 0 },
        },
      };
    },
  };
}
