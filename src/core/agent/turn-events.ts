/**
 * A turn as a stream of events, and the one fold that builds the Turn record from them. The loop
 * folds its own events with `applyTurnEvent` to know where it stands, and the store folds the same
 * events into the turn it shows and saves, so both hold the same record under the same id from
 * `turn-start` to `turn-end`.
 */
import type { AgentStep, DialogueState, Turn } from '../conversation/conversation';
import type { ChatMessage, ChatUsage, FinishReason } from '../model/chat-model';
import { SYSTEM_LABEL } from '../prompt/cra-constants';
import type { ToolCall, ToolResult } from '../tools/tool-definition';

export type TurnErrorKind =
  | 'malformed-output'
  | 'unknown-tool'
  | 'invalid-arguments'
  | 'tool-failed'
  | 'declined'
  | 'model-failed'
  | 'message-too-long'
  | 'step-limit';

export type TurnEndReason =
  | 'reply'
  | 'fallback'
  | 'aborted'
  | 'step-limit'
  | 'model-error'
  /** The model's connection was cut mid-reply: what arrived is kept, the turn is interrupted. */
  | 'interrupted';

/** The first event: the turn's id is fixed here and never changes. */
export interface TurnStartEvent {
  type: 'turn-start';
  id: string;
  user: string;
  /** The turn it follows, when not simply the one before it (a new version: `turn-tree.ts`). */
  parentId?: string | null;
}

export type TurnEvent =
  | TurnStartEvent
  | {
      type: 'model-request';
      step: number;
      stage: 'action' | 'response' | 'repair';
      messages: ChatMessage[];
      /** Token count of the prompt (exact or estimated). */
      promptTokens: number;
    }
  | { type: 'text-delta'; step: number; text: string }
  | {
      type: 'model-response';
      step: number;
      raw: string;
      finishReason: FinishReason;
      usage: ChatUsage;
    }
  | { type: 'thought'; step: number; text: string }
  | { type: 'tool-call'; step: number; call: ToolCall; needsConfirmation: boolean }
  | { type: 'tool-result'; step: number; callId: string; result: ToolResult; observation: string }
  | { type: 'reply'; text: string }
  | { type: 'error'; step?: number; kind: TurnErrorKind; message: string }
  | {
      type: 'turn-end';
      reason: TurnEndReason;
      /** Dialogue state after the turn. */
      state: DialogueState;
      /** The finished record: `applyTurnEvent` of every event of the turn, this one included. */
      turn: Turn;
    };

/**
 * The user-visible part of an output that is still streaming (or was cut short): whatever
 * follows `System:`. A response-stage output is a reply even when the model leaves the label
 * out; at the action stage, before the label appears (a Thought, an Action), there is nothing
 * to show yet. The screen while streaming and the stored record after a stop both use this.
 */
export function replyInProgress(raw: string, stage: AgentStep['stage'] = 'action'): string {
  const index = raw.indexOf(SYSTEM_LABEL);
  if (index !== -1) return raw.slice(index + SYSTEM_LABEL.length).trimStart();
  if (stage === 'response' && !/^\s*(Thought|Action)\b/.test(raw)) return raw.trimStart();
  return '';
}

/** A fresh turn in status 'streaming', before any model call. */
export function startTurn(event: TurnStartEvent, now: number): Turn {
  return {
    id: event.id,
    user: event.user,
    steps: [],
    reply: '',
    status: 'streaming',
    startedAt: now,
    ...(event.parentId !== undefined ? { parentId: event.parentId } : {}),
  };
}

/**
 * Folds one event into the turn and returns a new object (never mutates), so React sees every
 * change and keeps the same element: the id only ever comes from `turn-start`.
 */
export function applyTurnEvent(turn: Turn, event: TurnEvent, now: number): Turn {
  switch (event.type) {
    case 'turn-start':
      return startTurn(event, now);
    case 'model-request': {
      const step: AgentStep = {
        index: event.step,
        stage: event.stage,
        prompt: event.messages,
        raw: '',
        startedAt: now,
      };
      return { ...turn, steps: [...turn.steps, step] };
    }
    case 'text-delta': {
      const updated = updateStep(turn, event.step, (step) => ({
        ...step,
        raw: step.raw + event.text,
      }));
      const step = updated.steps.findLast((candidate) => candidate.index === event.step);
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
      return settleTurn(turn, event.reason, event.state, now);
  }
}

/**
 * The finished record: status from the reason, the state, and, when cut short, the step still
 * waiting on the model closed with what it streamed and the partial reply kept.
 */
function settleTurn(turn: Turn, reason: TurnEndReason, state: DialogueState, now: number): Turn {
  let settled = turn;
  const cutShort = reason === 'aborted' || reason === 'model-error' || reason === 'interrupted';
  if (cutShort) {
    const open = turn.steps.at(-1);
    const partial = open ? replyInProgress(open.raw, open.stage) : '';
    settled = { ...turn, reply: turn.reply || partial };
    if (open && open.endedAt === undefined) {
      settled = updateStep(settled, open.index, (step) => ({ ...step, endedAt: now }));
    }
  }
  const status =
    reason === 'aborted'
      ? 'aborted'
      : reason === 'model-error'
        ? 'error'
        : reason === 'interrupted'
          ? 'interrupted'
          : 'complete';
  return { ...settled, status, state, endedAt: now };
}

function updateStep(turn: Turn, index: number, change: (step: AgentStep) => AgentStep): Turn {
  const position = turn.steps.findLastIndex((step) => step.index === index);
  if (position < 0) return turn;
  const steps = [...turn.steps];
  steps[position] = change(steps[position] as AgentStep);
  return { ...turn, steps };
}
