import { replyInProgress } from '../agent/reply-text';
import type { TurnEvent } from '../agent/turn-events';
import type { AgentStep, Turn } from './conversation';

/** A fresh turn in status 'streaming', before the first event arrives. */
export function startStreamingTurn(id: string, user: string, startedAt: number): Turn {
  return { id, user, steps: [], reply: '', status: 'streaming', startedAt };
}

/**
 * Folds one event into the streaming turn and returns a new object (never mutates), so React
 * sees every change. `turn-end` replaces the turn with the finished one from the loop.
 */
export function applyTurnEvent(turn: Turn, event: TurnEvent, now: number): Turn {
  switch (event.type) {
    case 'model-request':
      return {
        ...turn,
        steps: [
          ...turn.steps,
          {
            index: event.step,
            stage: event.stage,
            prompt: event.messages,
            raw: '',
            startedAt: now,
          },
        ],
      };
    case 'text-delta': {
      const updated = updateStep(turn, event.step, (step) => ({
        ...step,
        raw: step.raw + event.text,
      }));
      const step = findStep(updated, event.step);
      const streamingReply = step ? replyInProgress(step.raw, step.stage) : '';
      return streamingReply === '' ? updated : { ...updated, reply: streamingReply };
    }
    case 'model-response':
      return updateStep(turn, event.step, (step) => ({
        ...step,
        raw: event.raw,
        finishReason: event.finishReason,
        usage: event.usage,
        endedAt: now,
      }));
    case 'thought':
      return updateStep(turn, event.step, (step) => ({ ...step, thought: event.text }));
    case 'tool-call':
      return updateStep(turn, event.step, (step) => ({ ...step, call: event.call }));
    case 'tool-result':
      return updateStep(turn, event.step, (step) => ({
        ...step,
        result: event.result,
        observation: event.observation,
      }));
    case 'reply':
      return { ...turn, reply: event.text };
    case 'error':
      return event.step === undefined
        ? turn
        : updateStep(turn, event.step, (step) => ({ ...step, error: event.message }));
    case 'turn-end':
      return event.turn;
  }
}

function findStep(turn: Turn, index: number): AgentStep | undefined {
  return turn.steps.findLast((step) => step.index === index);
}

function updateStep(turn: Turn, index: number, change: (step: AgentStep) => AgentStep): Turn {
  const position = turn.steps.findLastIndex((step) => step.index === index);
  if (position < 0) return turn;
  const steps = [...turn.steps];
  steps[position] = change(steps[position] as AgentStep);
  return { ...turn, steps };
}
