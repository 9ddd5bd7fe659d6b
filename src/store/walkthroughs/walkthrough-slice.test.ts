import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { recordScriptedVariant } from '../../eval/run-evaluation';
import { buildWalkthroughs } from '../../eval/walkthroughs/index';
import { createAppStore } from '../app-store';
import { walkthroughReplayLabel } from './oracle-replay';

async function storeWith(ids: string[]) {
  const runStore = createMemoryKeyValueStore();
  const all = await buildWalkthroughs();
  const store = createAppStore({
    walkthroughs: {
      runStore,
      buildWalkthroughs: async () => all.filter((walkthrough) => ids.includes(walkthrough.id)),
    },
  });
  await store.getState().walkthroughs.init();
  return { store, runStore };
}

describe('walkthrough slice', () => {
  it('runs a scripted evaluation, keeps it in the run store and exports it', async () => {
    const { store, runStore } = await storeWith(['dinner-centre', 'train-arrive-by']);
    const slice = () => store.getState().walkthroughs;
    expect(slice().chosenIds).toEqual(['dinner-centre', 'train-arrive-by']);
    slice().setChosenProfiles(['cra-exact']);
    await slice().runEvaluation();
    const run = slice().currentRun;
    expect(run?.engine).toBe('scripted');
    expect(run?.results.map((result) => result.variant)).toEqual([
      'oracle',
      'wrong-booking-value',
      'oracle',
    ]);
    expect(run?.summaries[0]).toMatchObject({ profile: 'cra-exact', success: 1 });
    expect(slice().progress).toMatchObject({ done: 3, total: 3 });
    expect(slice().pastRuns.map((past) => past.id)).toEqual([run?.id]);
    expect(await runStore.keys()).toContain(`eval-run:${run?.id}`);
    const csv = slice().exportRun('csv');
    expect(csv?.text.split('\n')[0]).toContain('walkthrough,profile,variant');
    expect(csv?.text.trim().split('\n')).toHaveLength(4);
    await slice().deleteRun(run!.id);
    expect(slice().pastRuns).toEqual([]);
    expect(slice().currentRun).toBeNull();
  });

  it('refuses to run with nothing chosen', async () => {
    const { store } = await storeWith(['dinner-centre']);
    store.getState().walkthroughs.setChosenIds([]);
    await store.getState().walkthroughs.runEvaluation();
    expect(store.getState().walkthroughs.error).toMatch(/at least one walkthrough/);
  });

  it('says why nothing plays while a model is still loading', async () => {
    const { store } = await storeWith(['dinner-centre']);
    await store.getState().chat.init();
    store.setState((state) => ({
      engine: { ...state.engine, status: 'loading', getChatModel: () => null },
    }));
    await store.getState().walkthroughs.playNext();
    expect(store.getState().walkthroughs.turnIndex).toBe(0);
    expect(store.getState().walkthroughs.error).toMatch(/No model answered/);
    expect(store.getState().engine.status).toBe('loading');
  });

  it('plays to the end with no model, answered by the oracle through the real chat', async () => {
    const { store } = await storeWith(['dinner-centre']);
    const slice = () => store.getState().walkthroughs;
    const walkthrough = slice().walkthroughs[0]!;
    await store.getState().chat.init();
    expect(store.getState().engine.status).toBe('none');
    await slice().playNext();
    expect(store.getState().engine.status).toBe('scripted');
    expect(store.getState().engine.label).toBe(walkthroughReplayLabel);
    await slice().playAuto();
    expect(slice().error).toBeNull();
    expect(slice().turnIndex).toBe(walkthrough.turns.length);
    const active = store.getState().chat.active;
    expect(active?.id).toBe(slice().conversationId);
    expect(active?.turns.map((turn) => turn.user)).toEqual(
      walkthrough.turns.map((turn) => turn.user),
    );
    expect(active?.turns.every((turn) => turn.status === 'complete' && turn.reply.length > 0)).toBe(
      true,
    );
    expect(active?.turns[1]?.reply).toMatch(/reference number is [A-Z0-9]{8}/);
    // The booking went through the app's own booking world, confirmed on the user's behalf.
    // The booking is the app's own, and the reply names its reference, not the recorded one.
    await store.getState().bookings.refresh();
    const bookings = store.getState().bookings.items;
    expect(bookings).toHaveLength(1);
    expect(active?.turns[1]?.reply).toContain(`reference number is ${bookings[0]?.reference}.`);
    expect(store.getState().chat.pendingConfirmation).toBeNull();
  });

  it('stops the replay, rather than claim a booking, once the world answers differently', async () => {
    const { store } = await storeWith(['dinner-centre']);
    const slice = () => store.getState().walkthroughs;
    await store.getState().chat.init();
    const replies: string[] = [];
    // Each replay books the same table again; sooner or later the restaurant is full.
    for (let attempt = 0; attempt < 10 && !slice().error; attempt++) {
      slice().select('dinner-centre');
      await slice().playAuto();
      replies.push(...(store.getState().chat.active?.turns.map((turn) => turn.reply) ?? []));
    }
    expect(slice().error).toMatch(/replay stopped: ReserveRestaurant failed/);
    expect(slice().turnIndex).toBe(2);
    expect(store.getState().chat.active?.turns.at(-1)?.reply).toMatch(/replay stopped/);
    await store.getState().bookings.refresh();
    const real = store.getState().bookings.items.map((booking) => booking.reference);
    const quoted = replies.flatMap((reply) => reply.match(/(?<=reference number is )\w{8}/g) ?? []);
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.filter((reference) => !real.includes(reference))).toEqual([]);
    // Once stopped, the next turn is not played.
    await slice().playNext();
    expect(slice().turnIndex).toBe(2);
  });

  it('starts again with fresh replies after choosing another walkthrough', async () => {
    const { store } = await storeWith(['dinner-centre', 'train-arrive-by']);
    const slice = () => store.getState().walkthroughs;
    await store.getState().chat.init();
    await slice().playNext();
    slice().select('train-arrive-by');
    await slice().playAuto();
    const train = slice().walkthroughs[1]!;
    expect(slice().error).toBeNull();
    expect(store.getState().chat.active?.turns.map((turn) => turn.user)).toEqual(
      train.turns.map((turn) => turn.user),
    );
  });

  it('plays the user side turn by turn into a chat conversation, confirming bookings', async () => {
    const { store } = await storeWith(['dinner-centre']);
    const slice = () => store.getState().walkthroughs;
    const walkthrough = slice().walkthroughs[0]!;
    const script = await recordScriptedVariant(walkthrough, 'cra-exact');
    const model = createReplayChatModel({ outputs: script.outputs });
    store.setState((state) => ({
      engine: {
        ...state.engine,
        status: 'ready',
        label: 'A loaded model',
        getChatModel: () => model,
      },
    }));
    await store.getState().chat.init();
    await slice().playNext();
    // A loaded model is never swapped for the oracle's replay.
    expect(store.getState().engine.label).toBe('A loaded model');
    expect(slice().turnIndex).toBe(1);
    const active = () => store.getState().chat.active;
    expect(active()?.id).toBe(slice().conversationId);
    expect(active()?.title).toBe('Walkthrough: Dinner: a cheap indian restaurant in the centre');
    // The user wanders off to another conversation; the next turn goes back to the walkthrough's.
    const walkthroughConversation = slice().conversationId;
    await store.getState().chat.newConversation();
    await slice().playAuto();
    expect(slice().conversationId).toBe(walkthroughConversation);
    expect(slice().turnIndex).toBe(3);
    expect(active()?.turns.map((turn) => turn.user)).toEqual(
      walkthrough.turns.map((turn) => turn.user),
    );
    expect(active()?.turns[1]?.reply).toMatch(/reference number is [A-Z0-9]{8}/);
    expect(store.getState().chat.pendingConfirmation).toBeNull();
  });
});
