import { beforeAll, describe, expect, it } from 'vitest';
import { runEvaluation } from './run-evaluation';
import { scriptedResultProblems } from './scripted-expectations';
import { createReplayChatModel } from '../core/model/replay-chat-model';
import type { Walkthrough } from './walkthrough';
import { buildWalkthroughs } from './walkthroughs/index';

let walkthroughs: Walkthrough[];
beforeAll(async () => {
  walkthroughs = await buildWalkthroughs();
});

const pick = (...ids: string[]) =>
  walkthroughs.filter((walkthrough) => ids.includes(walkthrough.id));

describe('scripted evaluation', () => {
  it('scores the oracle perfectly and each deliberate mistake where it should cost', async () => {
    const run = await runEvaluation({
      id: 'test',
      walkthroughs: pick('dinner-centre', 'hotel-parking', 'failed-booking-fallback'),
      profiles: ['cra-exact'],
      engine: { kind: 'scripted' },
    });
    expect(run.results.map((result) => result.variant).sort()).toEqual([
      'missing-request',
      'oracle',
      'oracle',
      'oracle',
      'wrong-booking-value',
    ]);
    expect(run.results.flatMap(scriptedResultProblems)).toEqual([]);
    expect(run.summaries[0]).toMatchObject({ success: 1, jointGoalAccuracy: 1, apiAccuracy: 1 });
    expect(run.summariesWithMistakes?.[0]?.success).toBeLessThan(1);
    const fallback = run.results.find(
      (result) => result.walkthroughId === 'failed-booking-fallback',
    );
    expect(fallback?.domains[0]).toMatchObject({ bookingCorrect: true, fallbackHandled: true });
  });

  it('reports a model that says nothing useful as incomplete, with no credit', async () => {
    const run = await runEvaluation({
      id: 'test',
      walkthroughs: pick('dinner-centre'),
      profiles: ['cra-chat'],
      engine: {
        kind: 'model',
        model: createReplayChatModel({ outputs: ['System: Hello!', 'System: Bye.'] }),
      },
    });
    const [result] = run.results;
    expect(result).toMatchObject({ completed: false, success: false, variant: 'model' });
    expect(result?.calls.accuracy).toBe(0);
    expect(scriptedResultProblems(result!)).toEqual([expect.stringContaining('did not complete')]);
  });
});
