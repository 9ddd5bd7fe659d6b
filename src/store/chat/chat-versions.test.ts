import { describe, expect, it } from 'vitest';
import { createReplayChatModel, type ReplayChatModel } from '../../core/model/replay-chat-model';
import { selectShownTurnIds, selectTurnVersions } from './chat-slice';
import { provideModel, waitFor } from '../testing/fakes';
import { buildTestStore } from '../testing/harness';

// Versions of turns through the real turn loop, the real booking world and the scripted model.

function storeWithScript(outputs: string[]) {
  const built = buildTestStore();
  const model = createReplayChatModel({ outputs });
  provideModel(built.store, model);
  return { ...built, model };
}

/** The messages the model got in its last request, as one text. */
const lastPrompt = (model: ReplayChatModel) =>
  (model.requests.at(-1)?.messages ?? []).map((message) => message.content).join('\n');

describe('versions of a turn', () => {
  it('regenerate keeps the earlier reply as a version, and the prompt leaves it out', async () => {
    const { chat, model } = storeWithScript([
      'System: Hello.',
      'System: Try Golden Curry.',
      'System: Try Fox Pasta Bar.',
      'System: Friday works.',
    ]);
    await chat().init();
    await chat().send('hi');
    await chat().send('suggest a restaurant');
    const [, second] = selectShownTurnIds(chat());
    await chat().regenerate(second ?? '');

    const shown = selectShownTurnIds(chat());
    expect(shown).toHaveLength(2);
    const newest = chat().active?.turns.find((turn) => turn.id === shown[1]);
    expect(newest?.reply).toBe('Try Fox Pasta Bar.');
    expect(newest?.user).toBe('suggest a restaurant');
    expect(selectTurnVersions(chat(), shown[1] ?? '')).toEqual({
      ids: [second, shown[1]],
      index: 1,
    });
    expect(lastPrompt(model)).toContain('hi');
    expect(lastPrompt(model)).not.toContain('Golden Curry');

    // Back to the first version: a send continues that branch, and only it reaches the prompt.
    await chat().showVersion(second ?? '');
    expect(selectShownTurnIds(chat())).toEqual([shown[0], second]);
    await chat().send('friday?');
    expect(lastPrompt(model)).toContain('Golden Curry');
    expect(lastPrompt(model)).not.toContain('Fox Pasta Bar');
    expect(selectShownTurnIds(chat())).toHaveLength(3);
    expect(chat().active?.turns).toHaveLength(4);
  });

  it('editing an earlier message starts a new branch and keeps the old one, across a reload', async () => {
    const { chat, recording } = storeWithScript([
      'System: One.',
      'System: Two.',
      'System: Three.',
      'System: A hotel, then.',
    ]);
    await chat().init();
    for (const text of ['a restaurant', 'in the centre', 'cheap']) await chat().send(text);
    const [first, second, third] = selectShownTurnIds(chat());
    await chat().editUserMessage(first ?? '', '  a hotel instead ');

    const shown = selectShownTurnIds(chat());
    expect(shown).toHaveLength(1);
    const edited = chat().active?.turns.find((turn) => turn.id === shown[0]);
    expect(edited).toMatchObject({ user: 'a hotel instead', reply: 'A hotel, then.' });
    expect(selectTurnVersions(chat(), shown[0] ?? '').ids).toEqual([first, shown[0]]);

    // Another tab (or a reload) reads the same tree and the same choice.
    const reopened = buildTestStore({ sharedStore: recording.inner, idPrefix: 'tab2' });
    await reopened.chat().init();
    await reopened.chat().openConversation(chat().activeId ?? '');
    expect(selectShownTurnIds(reopened.chat())).toEqual(shown);
    await reopened.chat().showVersion(first ?? '');
    expect(selectShownTurnIds(reopened.chat())).toEqual([first, second, third]);
  });

  it('asks before regenerating a reply that booked, and cancels through the Bookings slice', async () => {
    const { chat, store, world, restaurant } = storeWithScript([]);
    const action = `Action: ReserveRestaurant(name='${restaurant.name}', people=2, day='friday', time='12:00')`;
    provideModel(
      store,
      createReplayChatModel({
        outputs: [
          action,
          'System: Booked.',
          'System: Kept it, here is another reply.',
          'System: Cancelled, and a fresh reply.',
        ],
      }),
    );
    await chat().init();
    const sending = chat().send(`A table at ${restaurant.name} for 2 on friday at noon`);
    await waitFor(() => chat().pendingConfirmation !== null, 'the confirmation card');
    chat().resolveConfirmation(chat().activeId ?? '', true);
    await sending;
    const [booking] = await world.listBookings();
    const booked = selectShownTurnIds(chat())[0] ?? '';

    await chat().regenerate(booked);
    expect(chat().pendingRerun).toMatchObject({
      turnId: booked,
      kind: 'regenerate',
      bookings: [{ reference: booking?.reference, label: `${restaurant.name} (restaurant)` }],
    });
    await chat().resolveRerun('dont-rerun');
    expect(chat().pendingRerun).toBeNull();
    expect(chat().active?.turns).toHaveLength(1);

    // Keep it: a new version, the booking stands, and the version that made it still has it.
    await chat().regenerate(booked);
    await chat().resolveRerun('keep-bookings');
    expect(chat().active?.turns).toHaveLength(2);
    expect((await world.listBookings())[0]?.status).toBe('active');

    // Asked again from the booking version: cancel it, then the new version runs.
    await chat().showVersion(booked);
    await chat().regenerate(booked);
    expect(chat().pendingRerun?.bookings).toHaveLength(1);
    await chat().resolveRerun('cancel-bookings');
    expect(chat().active?.turns).toHaveLength(3);
    expect((await world.listBookings())[0]?.status).toBe('cancelled');
    expect(store.getState().bookings.items[0]?.status).toBe('cancelled');
    expect(chat().active?.turns.find((turn) => turn.id === booked)?.reply).toBe('Booked.');

    // Nothing stands any more, so a regenerate of that version asks nothing.
    await chat().showVersion(booked);
    provideModel(store, createReplayChatModel({ outputs: ['System: Again.'] }));
    await chat().regenerate(booked);
    expect(chat().pendingRerun).toBeNull();
    expect(chat().active?.turns).toHaveLength(4);
  });
});
