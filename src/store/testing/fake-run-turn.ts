import type { TurnEvent } from '../../core/agent/turn-events';
import type { Turn } from '../../core/conversation/conversation';
import type { ToolArguments, ToolResult } from '../../core/tools/tool-definition';
import type { RunTurn, RunTurnOptions } from '../store-dependencies';

const usage = { promptTokens: 1, prefilledTokens: 1, completionTokens: 1 };

export interface FakeTurnPlan {
  /** A tool the "model" calls before replying. */
  call?: { name: string; arguments: ToolArguments };
  /** Skip the confirm hook (a broken loop): the store's guard must still refuse the booking. */
  bypassConfirm?: boolean;
  /** Reply chunks streamed as text-delta events. */
  replyChunks: string[];
  /** Runs before each chunk (advance a fake clock, abort, ...). */
  beforeChunk?: (index: number) => void | Promise<void>;
}

/**
 * A turn loop stand-in with the real one's event order, for store tests that need exact
 * control over timing and chunks. The journeys through the real loop live in journey tests.
 */
export function createFakeRunTurn(plans: FakeTurnPlan[] | ((userText: string) => FakeTurnPlan)) {
  const received: RunTurnOptions[] = [];
  const runTurn: RunTurn = async function* (options): AsyncGenerator<TurnEvent> {
    received.push(options);
    const plan = typeof plans === 'function' ? plans(options.userText) : plans[received.length - 1];
    if (!plan) throw new Error('No plan for this turn');
    const turn: Turn = {
      id: options.ids.next(),
      user: options.userText,
      steps: [],
      reply: '',
      status: 'streaming',
      startedAt: options.now(),
    };
    let step = 0;
    if (plan.call) {
      const call = { id: options.ids.next(), ...plan.call };
      const raw = `Action: ${call.name}(...)`;
      yield { type: 'model-request', step, stage: 'action', messages: [], promptTokens: 1 };
      yield { type: 'model-response', step, raw, finishReason: 'stop', usage };
      turn.steps.push({
        index: step,
        stage: 'action',
        prompt: [],
        raw,
        call,
        startedAt: options.now(),
      });
      const tool = options.tools.get(call.name);
      yield { type: 'tool-call', step, call, needsConfirmation: tool?.kind === 'booking' };
      let result: ToolResult;
      const allowed =
        plan.bypassConfirm || !tool || !options.confirm ? true : await options.confirm(call, tool);
      if (allowed) {
        result = await options.tools.dispatch(call, { conversationId: options.conversation.id });
      } else {
        result = { ok: false, error: { code: 'declined', message: 'The user declined.' } };
      }
      const observation = JSON.stringify(result);
      (turn.steps[0] as Turn['steps'][number]).observation = observation;
      yield { type: 'tool-result', step, callId: call.id, result, observation };
      step += 1;
    }
    yield { type: 'model-request', step, stage: 'response', messages: [], promptTokens: 1 };
    let streamed = '';
    for (const [index, chunk] of plan.replyChunks.entries()) {
      await plan.beforeChunk?.(index);
      if (options.signal?.aborted) {
        yield {
          type: 'turn-end',
          reason: 'aborted',
          turn: { ...turn, reply: streamed, status: 'aborted', endedAt: options.now() },
        };
        return;
      }
      streamed += chunk;
      yield { type: 'text-delta', step, text: index === 0 ? `System: ${chunk}` : chunk };
    }
    yield { type: 'model-response', step, raw: `System: ${streamed}`, finishReason: 'stop', usage };
    yield { type: 'reply', text: streamed };
    yield {
      type: 'turn-end',
      reason: 'reply',
      turn: { ...turn, reply: streamed, status: 'complete', endedAt: options.now() },
    };
  };
  return { runTurn, received };
}
