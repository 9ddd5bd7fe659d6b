/** A replaying model for tests (the evaluator may not import the scripted-model adapter). */
import type { ChatModel } from '../core/model/chat-model';

export function createReplayModel(outputs: readonly string[]): ChatModel {
  let next = 0;
  return {
    id: 'replay',
    contextWindow: 4096,
    async *stream() {
      const text = outputs[next++];
      if (text === undefined) throw new Error('replay exhausted');
      yield { type: 'delta', text };
      yield {
        type: 'done',
        result: {
          text,
          finishReason: 'stop',
          usage: { promptTokens: 10, prefilledTokens: 10, completionTokens: 5 },
        },
      };
    },
  };
}
