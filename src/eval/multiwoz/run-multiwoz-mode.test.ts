import { beforeAll, describe, expect, it } from 'vitest';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { loadMultiwozData } from '../../mock-apis/multiwoz-world/load-multiwoz-data';
import type { WorldData } from '../../mock-apis/world/records';
import { createVenueDatabase, recordsByDomain } from '../goal-matcher';
import type { MultiwozGoal } from './dialogue-acts';
import { generateMultiwozGoals } from './goal-generator';
import { IDEAL_AGENT, playScriptedDialogue } from './run-multiwoz-evaluation';
import { runMultiwozMode } from './run-multiwoz-mode';
import { goldOutputs } from './run-turn-level';

let data: WorldData;
let goals: MultiwozGoal[];
beforeAll(async () => {
  data = await loadMultiwozData();
  goals = await generateMultiwozGoals(data);
}, 60_000);

/** The ideal agent's dialogue for a goal: what a well-behaved model would say. */
async function idealDialogue(goal: MultiwozGoal) {
  return playScriptedDialogue(goal, data, createVenueDatabase(recordsByDomain(data)));
}

describe('a chosen MultiWOZ run', () => {
  it('dialogue level, scripted: the ideal agent and each mistake, with the agenda user', async () => {
    const sample = goals.slice(0, 3);
    const run = await runMultiwozMode({
      data,
      goals: sample,
      mode: 'dialogue',
      agent: { kind: 'scripted' },
    });
    expect(run).toMatchObject({ live: false, agent: IDEAL_AGENT });
    expect(run.user).toBe('agenda user (deterministic)');
    expect(run.summaries.map((summary) => summary.agent)).toEqual([
      IDEAL_AGENT,
      'wrong-venue-first',
      'asks-again',
      'ignores-request',
    ]);
    expect(run.summaries[0]).toMatchObject({ goals: 3, inform: 1, success: 1 });
    expect(run.dialogues).toHaveLength(12);
  }, 60_000);

  it('turn level, scripted: gold history, the ideal agent agrees with it and the mistakes do not', async () => {
    const run = await runMultiwozMode({
      data,
      goals: goals.slice(0, 3),
      mode: 'turn-level',
      agent: { kind: 'scripted' },
    });
    expect(run.user).toMatch(/gold history/);
    const [ideal, dropped, skipped] = run.summaries;
    expect(ideal).toMatchObject({ agent: IDEAL_AGENT, apiAccuracy: 1, slotF1: 1 });
    expect(dropped?.apiAccuracy).toBeLessThan(1);
    expect(skipped?.apiAccuracy).toBe(0);
  }, 60_000);

  it('turn level, live: the loaded model predicts each turn on the gold history', async () => {
    const goal = goals[0]!;
    const gold = await idealDialogue(goal);
    const model = createReplayChatModel({
      outputs: gold.transcript.flatMap((turn) => goldOutputs(turn)),
    });
    const run = await runMultiwozMode({
      data,
      goals: [goal],
      mode: 'turn-level',
      agent: { kind: 'model', model },
    });
    expect(run).toMatchObject({ live: true, agent: model.id });
    expect(run.summaries).toHaveLength(1);
    expect(run.summaries[0]).toMatchObject({ agent: model.id, apiAccuracy: 1 });
    // Every turn was asked of the model, each time with the gold history before it.
    expect(model.requests.length).toBe(gold.transcript.flatMap((turn) => turn.steps).length);
  }, 60_000);

  it('dialogue level, live: a language-model user on the same engine as the agent', async () => {
    const goal = goals.find((candidate) => candidate.tags.includes('attraction'))!;
    const ideal = await idealDialogue(goal);
    // One scripted engine answers for both, in turn: the user's line, then the agent's outputs.
    const outputs = ideal.transcript.flatMap((turn, index) => [
      index === ideal.transcript.length - 1 ? `${turn.user} [DONE]` : turn.user,
      ...goldOutputs(turn),
    ]);
    const model = createReplayChatModel({ outputs });
    const run = await runMultiwozMode({
      data,
      goals: [goal],
      mode: 'dialogue',
      agent: { kind: 'model', model },
      user: { kind: 'llm', model },
    });
    expect(run).toMatchObject({ live: true, user: `LLM user (${model.id})` });
    const [dialogue] = run.dialogues;
    expect(dialogue).toMatchObject({
      user: 'llm',
      completed: true,
      inform: true,
      success: true,
      jointGoalAccuracy: null,
    });
    expect(dialogue?.transcript.map((turn) => turn.user)).toEqual(
      ideal.transcript.map((turn) => turn.user),
    );
    expect(model.requests[0]?.messages[0]?.content).toContain('Your goal');
  }, 60_000);

  it('refuses a language-model user with the scripted agent, which only hears the agenda user', async () => {
    const model = createReplayChatModel({ outputs: [] });
    await expect(
      runMultiwozMode({
        data,
        goals: goals.slice(0, 1),
        mode: 'dialogue',
        agent: { kind: 'scripted' },
        user: { kind: 'llm', model },
      }),
    ).rejects.toThrow(/model agent/);
  });
});
