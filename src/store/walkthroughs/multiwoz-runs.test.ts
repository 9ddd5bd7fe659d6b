import { describe, expect, it } from 'vitest';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createVenueDatabase, recordsByDomain } from '../../eval/goal-matcher';
import { playScriptedDialogue } from '../../eval/multiwoz/run-multiwoz-evaluation';
import { goldOutputs } from '../../eval/multiwoz/run-turn-level';
import { createAppStore } from '../app-store';
import { loadMultiwozGoals } from './multiwoz-runner';

async function multiwozStore() {
  const runStore = createMemoryKeyValueStore();
  const store = createAppStore({ walkthroughs: { runStore, buildWalkthroughs: async () => [] } });
  const slice = () => store.getState().walkthroughs;
  await slice().init();
  await slice().setEvalWorld('multiwoz');
  return { store, slice, runStore };
}

describe('MultiWOZ runs in the Evaluation view', () => {
  it('draws the 60 goals when the world is chosen, and runs the chosen ones in dialogue mode, scripted', async () => {
    const { slice, runStore } = await multiwozStore();
    expect(slice()).toMatchObject({ goalsStatus: 'ready', evalWorld: 'multiwoz' });
    expect(slice().goals.length).toBeGreaterThanOrEqual(60);
    expect(slice().chosenGoalIds).toHaveLength(slice().goals.length);
    slice().setChosenGoalIds(
      slice()
        .goals.slice(0, 2)
        .map((goal) => goal.id),
    );
    await slice().runEvaluation();
    const run = slice().currentRun;
    expect(slice().error).toBeNull();
    expect(run).toMatchObject({
      engine: 'scripted',
      setup: {
        world: 'multiwoz',
        mode: 'dialogue',
        user: 'agenda user (deterministic)',
        live: false,
      },
    });
    expect(run?.multiwoz?.summaries.map((summary) => summary.agent)).toEqual([
      'ideal agent (scripted)',
      'wrong-venue-first',
      'asks-again',
      'ignores-request',
    ]);
    expect(run?.multiwoz?.summaries[0]).toMatchObject({ goals: 2, inform: 1, success: 1 });
    expect(slice().progress).toMatchObject({ done: 8, total: 8 });
    // The past run keeps what it played; its stored record keeps the dialogues, not the prompts.
    const [past] = slice().pastRuns;
    expect(past).toMatchObject({ setup: run?.setup, walkthroughCount: 2 });
    expect(past?.multiwoz?.summaries).toHaveLength(4);
    const stored = await runStore.get<typeof run>(`eval-run:${run?.id}`);
    expect(stored?.multiwoz?.dialogues).toHaveLength(8);
    expect(stored?.multiwoz?.dialogues[0]?.transcript[0]?.steps[0]?.prompt).toEqual([]);
    const csv = slice().exportRun('csv')?.text.trim().split('\n') ?? [];
    expect(csv[0]).toMatch(/^goal,world,mode,agent,user/);
    expect(csv).toHaveLength(9);
  }, 60_000);

  it('runs turn level with gold history, scripted, and says so', async () => {
    const { slice } = await multiwozStore();
    slice().setChosenGoalIds([slice().goals[0]!.id]);
    slice().setMultiwozMode('turn-level');
    await slice().runEvaluation();
    const run = slice().currentRun;
    expect(run?.setup).toMatchObject({ mode: 'turn-level', live: false });
    expect(run?.setup?.user).toMatch(/gold history/);
    expect(run?.multiwoz?.summaries[0]).toMatchObject({ apiAccuracy: 1 });
  }, 60_000);

  it('wants a loaded model for the LLM user, and then runs live with it as both user and agent', async () => {
    const { store, slice } = await multiwozStore();
    const goal = slice().goals.find((candidate) => candidate.tags.includes('attraction'))!;
    slice().setChosenGoalIds([goal.id]);
    slice().setMultiwozUser('llm');
    await slice().runEvaluation();
    expect(slice().error).toMatch(/LLM user plays on the loaded model/);
    expect(slice().currentRun).toBeNull();

    const { data } = await loadMultiwozGoals();
    const ideal = await playScriptedDialogue(
      goal,
      data,
      createVenueDatabase(recordsByDomain(data)),
    );
    const model = createReplayChatModel({
      outputs: ideal.transcript.flatMap((turn, index) => [
        index === ideal.transcript.length - 1 ? `${turn.user} [DONE]` : turn.user,
        ...goldOutputs(turn),
      ]),
    });
    store.setState((state) => ({
      engine: { ...state.engine, status: 'ready', getChatModel: () => model },
    }));
    await slice().runEvaluation();
    expect(slice().error).toBeNull();
    expect(slice().currentRun).toMatchObject({
      engine: 'model',
      modelId: model.id,
      setup: { world: 'multiwoz', mode: 'dialogue', user: `LLM user (${model.id})`, live: true },
    });
    expect(slice().currentRun?.multiwoz?.summaries).toEqual([
      expect.objectContaining({ agent: model.id, inform: 1, success: 1, jointGoalAccuracy: null }),
    ]);
  }, 60_000);

  it('runs the loaded model turn level on the gold history, even with the LLM user still chosen', async () => {
    const { store, slice } = await multiwozStore();
    const goal = slice().goals[0]!;
    slice().setChosenGoalIds([goal.id]);
    slice().setMultiwozUser('llm');
    slice().setMultiwozMode('turn-level');
    slice().setConstrained(true);
    const { data } = await loadMultiwozGoals();
    const gold = await playScriptedDialogue(goal, data, createVenueDatabase(recordsByDomain(data)));
    // The model answers each gold turn as the ideal agent did, so every figure is 1.
    const model = createReplayChatModel({ outputs: gold.transcript.flatMap(goldOutputs) });
    store.setState((state) => ({
      engine: { ...state.engine, status: 'ready', getChatModel: () => model },
    }));
    await slice().runEvaluation();
    expect(slice().error).toBeNull();
    expect(slice().currentRun).toMatchObject({
      engine: 'model',
      options: { constrained: true },
      setup: { world: 'multiwoz', mode: 'turn-level', live: true },
    });
    // The constrained-decoding option reaches every one of the agent's model calls.
    expect(model.requests.length).toBeGreaterThan(0);
    expect(model.requests.every((request) => request.grammar?.includes('root'))).toBe(true);
    expect(slice().currentRun?.setup?.user).toMatch(/gold history/);
    expect(slice().currentRun?.multiwoz?.summaries).toEqual([
      expect.objectContaining({ agent: model.id, jointGoalAccuracy: 1, apiAccuracy: 1 }),
    ]);
  }, 60_000);
});
