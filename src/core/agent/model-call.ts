import type { AgentStep } from '../conversation/conversation';
import type { ChatModel, ChatRequest, ChatResult } from '../model/chat-model';
import type { TurnEvent } from './turn-events';

/**
 * Streams one model call as text-delta events and returns the canonical result. Keeps the
 * streamed text on the side so that an interrupted call still leaves its partial output.
 */
export async function* streamModelCall(
  model: ChatModel,
  request: ChatRequest,
  step: AgentStep,
  streamed: { text: string },
): AsyncGenerator<TurnEvent, ChatResult | undefined> {
  for await (const event of model.stream(request)) {
    if (event.type === 'delta') {
      if (event.text === '') continue;
      streamed.text += event.text;
      yield { type: 'text-delta', step: step.index, text: event.text };
    } else {
      return event.result;
    }
  }
  return undefined;
}
