import { describe, expect, it } from 'vitest';
import type { Turn } from '../conversation/conversation';
import { applyTurnEvent, startTurn, type TurnEvent } from './turn-events';

const usage = { promptTokens: 10, prefilledTokens: 10, completionTokens: 3 };

function fold(events: TurnEvent[]): Turn {
  return events.reduce(
    (turn, event) => applyTurnEvent(turn, event, 42),
    startTurn({ type: 'turn-start', id: 't', user: 'hi' }, 1),
  );
}

describe('applyTurnEvent', () => {
  it('grows the reply from response deltas but hides action syntax', () => {
    const turn = fold([
      { type: 'model-request', step: 0, stage: 'action', messages: [], promptTokens: 10 },
      { type: 'text-delta', step: 0, text: "Action: FindRestaurants(food='thai')" },
    ]);
    expect(turn.reply).toBe('');
    expect(turn.steps[0]?.raw).toBe("Action: FindRestaurants(food='thai')");
    const replying = [
      { type: 'model-request', step: 1, stage: 'response', messages: [], promptTokens: 10 },
      { type: 'text-delta', step: 1, text: 'System: I found' },
      { type: 'text-delta', step: 1, text: ' two places.' },
    ] satisfies TurnEvent[];
    const after = replying.reduce((current, event) => applyTurnEvent(current, event, 43), turn);
    expect(after.reply).toBe('I found two places.');
    expect(after.status).toBe('streaming');
  });

  it('records the finished step and the tool call with its result', () => {
    const call = { id: 'c1', name: 'FindRestaurants', arguments: { food: 'thai' } };
    const turn = fold([
      { type: 'model-request', step: 0, stage: 'action', messages: [], promptTokens: 10 },
      { type: 'model-response', step: 0, raw: 'raw text', finishReason: 'stop', usage },
      { type: 'thought', step: 0, text: 'look it up' },
      { type: 'tool-call', step: 0, call, needsConfirmation: false },
      {
        type: 'tool-result',
        step: 0,
        callId: 'c1',
        result: { ok: true, data: { n: 2 } },
        observation: "{'n': 2}",
      },
    ]);
    expect(turn.steps[0]).toMatchObject({
      raw: 'raw text',
      thought: 'look it up',
      call,
      observation: "{'n': 2}",
      endedAt: 42,
    });
  });

  it('never mutates the turn it is given', () => {
    const start = startTurn({ type: 'turn-start', id: 't', user: 'hi' }, 1);
    const next = applyTurnEvent(
      start,
      { type: 'model-request', step: 0, stage: 'action', messages: [], promptTokens: 1 },
      2,
    );
    expect(start.steps).toHaveLength(0);
    expect(next.steps).toHaveLength(1);
  });

  it('settles a stopped turn: open step closed, the partial reply kept, the state recorded', () => {
    const state = { restaurant: { area: 'centre' } };
    const partial = fold([
      { type: 'model-request', step: 0, stage: 'response', messages: [], promptTokens: 10 },
      { type: 'text-delta', step: 0, text: 'System: Half a rep' },
    ]);
    const turn: Turn = applyTurnEvent(
      partial,
      { type: 'turn-end', reason: 'aborted', state, turn: partial },
      50,
    );
    expect(turn).toMatchObject({ id: 't', status: 'aborted', reply: 'Half a rep', state });
    expect(turn.endedAt).toBe(50);
    expect(turn.steps[0]).toMatchObject({ raw: 'System: Half a rep', endedAt: 50 });
  });

  it('keeps the id from turn-start to turn-end, whatever turn-end carries', () => {
    const streaming = fold([
      { type: 'model-request', step: 0, stage: 'action', messages: [], promptTokens: 1 },
    ]);
    const other: Turn = { ...streaming, id: 'somebody-else' };
    const ended = applyTurnEvent(
      streaming,
      { type: 'turn-end', reason: 'reply', state: {}, turn: other },
      60,
    );
    expect(ended.id).toBe('t');
    expect(ended.status).toBe('complete');
  });
});
