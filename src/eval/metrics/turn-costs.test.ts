import { describe, expect, it } from 'vitest';
import { handTurn } from '../test-traces';
import { summarizeCosts, turnCost } from './turn-costs';

describe('turn costs', () => {
  it('adds the usage of every model call in a turn and averages over turns', () => {
    const turn = handTurn('hi', 'hello');
    turn.startedAt = 1000;
    turn.endedAt = 1600;
    turn.steps = [
      {
        index: 0,
        stage: 'action',
        prompt: [],
        raw: 'System: hello',
        usage: { promptTokens: 300, prefilledTokens: 120, completionTokens: 8 },
        startedAt: 1000,
      },
      {
        index: 1,
        stage: 'response',
        prompt: [],
        raw: 'System: hello',
        usage: { promptTokens: 330, prefilledTokens: 30, completionTokens: 12 },
        startedAt: 1300,
      },
    ];
    const cost = turnCost(turn);
    expect(cost).toEqual({
      latencyMs: 600,
      modelCalls: 2,
      promptTokens: 630,
      prefilledTokens: 150,
      decodedTokens: 20,
    });
    const idle = { ...cost, latencyMs: 200, prefilledTokens: 50, decodedTokens: 0 };
    expect(summarizeCosts([cost, idle])).toMatchObject({
      turns: 2,
      meanLatencyMs: 400,
      maxLatencyMs: 600,
      meanPrefilledTokens: 100,
      totalDecodedTokens: 20,
    });
  });

  it('leaves prefill unknown, not zero, when one call did not report it', () => {
    const turn = handTurn('hi', 'hello');
    const step = { index: 0, prompt: [], raw: 'System: hello', startedAt: 0 };
    turn.steps = [
      {
        ...step,
        stage: 'action',
        usage: { promptTokens: 300, prefilledTokens: 300, completionTokens: 8 },
      },
      { ...step, index: 1, stage: 'response', usage: { promptTokens: 330, completionTokens: 12 } },
    ];
    const unreported = turnCost(turn);
    expect(unreported).toMatchObject({
      promptTokens: 630,
      prefilledTokens: null,
      decodedTokens: 20,
    });
    const reported = { ...unreported, prefilledTokens: 40 };
    expect(summarizeCosts([reported, unreported])).toMatchObject({
      meanPrefilledTokens: null,
      totalPrefilledTokens: null,
      totalDecodedTokens: 40,
    });
    expect(summarizeCosts([reported])).toMatchObject({ meanPrefilledTokens: 40 });
  });
});
