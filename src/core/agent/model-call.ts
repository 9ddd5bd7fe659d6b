import type { AgentStep } from '../conversation/conversation';
import {
  ChatModelError,
  type ChatModel,
  type ChatRequest,
  type ChatResult,
} from '../model/chat-model';
import { TurnAborted } from './abortable';
import type { TurnEvent } from './turn-events';

/**
 * Streams one model call as text-delta events and returns the canonical result. Keeps the
 * streamed text on the side so that an interrupted call still leaves its partial output.
 * An abort surfaces as TurnAborted; any other failure as the error the model threw.
 */
export async function* callModel(
  model: ChatModel,
  request: ChatRequest,
  step: AgentStep,
  streamed: { text: string },
): AsyncGenerator<TurnEvent, ChatResult> {
  try {
    for await (const event of model.stream(request)) {
      if (event.type === 'done') return event.result;
      if (event.text === '') continue;
      streamed.text += event.text;
      yield { type: 'text-delta', step: step.index, text: event.text };
    }
  } catch (error) {
    if (request.signal?.aborted || (error instanceof ChatModelError && error.kind === 'aborted')) {
      throw new TurnAborted();
    }
    throw error;
  }
  throw new ChatModelError('unknown', 'The model stream ended without a result.');
}
