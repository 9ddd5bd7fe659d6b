import type { AgentStep, DialogueState, Turn } from '../conversation/conversation';
import { replyInProgress } from './reply-text';
import type { TurnEndReason } from './turn-events';

/** Ends the step still waiting on the model, keeping what it streamed. */
export function closeOpenStep(
  turn: Turn,
  streamedText: string,
  now: number,
  error?: string,
): AgentStep | undefined {
  const open = turn.steps[turn.steps.length - 1];
  if (!open || open.endedAt !== undefined) return open;
  open.raw = open.raw || streamedText;
  if (error !== undefined) open.error = error;
  open.endedAt = now;
  return open;
}

/** The finished record: status from the reason, the state, and the partial reply if cut short. */
export function settleTurn(
  turn: Turn,
  reason: TurnEndReason,
  state: DialogueState,
  streamedText: string,
  now: number,
): void {
  if (reason === 'aborted' || reason === 'model-error') {
    turn.reply = turn.reply || replyInProgress(streamedText, turn.steps.at(-1)?.stage);
    closeOpenStep(turn, streamedText, now);
  }
  turn.status = reason === 'aborted' ? 'aborted' : reason === 'model-error' ? 'error' : 'complete';
  turn.state = state;
  turn.endedAt = now;
}
