import { describe, expect, it } from 'vitest';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createBookingWorld, createKeyValueBookingRepository } from '../../mock-apis';
import { provideModel } from '../testing/fakes';
import { buildTestStore } from '../testing/harness';
import { createMultiwozWorld, createWorldCatalog } from './world-catalog';

const ASK_MUSEUMS = "Action: FindAttractions(area='centre', type='museum')";

function observations(turn: { steps: { observation?: string }[] } | undefined): string {
  return (turn?.steps ?? []).map((step) => step.observation ?? '').join('\n');
}

describe('the world setting', () => {
  it('is stored, read back by a new store, and damaged values fall back to the generated world', async () => {
    const shared = createMemoryKeyValueStore();
    const first = buildTestStore({ sharedStore: shared });
    await first.chat().init();
    expect(first.store.getState().settings.world).toBe('generated');
    await first.store.getState().settings.setWorld('multiwoz');
    expect(first.store.getState().settings.worldLoad).toEqual({
      world: 'multiwoz',
      status: 'ready',
    });
    const second = buildTestStore({ sharedStore: shared });
    await second.chat().init();
    expect(second.store.getState().settings.world).toBe('multiwoz');

    await shared.set('settings', { world: 'atlantis', autoConfirm: true });
    await second.store.getState().settings.load();
    expect(second.store.getState().settings.world).toBe('generated');
    expect(second.store.getState().settings.autoConfirm).toBe(true);
  });

  it('runs a conversation on the MultiWOZ database, which it keeps after the setting changes', async () => {
    const { store, chat } = buildTestStore();
    await chat().init();
    await store.getState().settings.setWorld('multiwoz');
    provideModel(
      store,
      createReplayChatModel({
        outputs: [ASK_MUSEUMS, 'System: Try the scott polar museum.', ASK_MUSEUMS, 'System: ok'],
      }),
    );
    await chat().send('Any museums in the centre?');
    const multiwozId = chat().activeId;
    expect(chat().active?.world).toBe('multiwoz');
    expect(observations(chat().active?.turns[0])).toContain('broughton house gallery');

    // The setting now applies to new conversations; this one keeps MultiWOZ's attractions.
    await store.getState().settings.setWorld('generated');
    await chat().send('And another?');
    expect(chat().active?.world).toBe('multiwoz');
    expect(observations(chat().active?.turns[1])).toContain('broughton house gallery');

    provideModel(
      store,
      createReplayChatModel({ outputs: [ASK_MUSEUMS, 'System: no attractions here'] }),
    );
    await chat().newConversation();
    await chat().send('Any museums in the centre?');
    expect(chat().activeId).not.toBe(multiwozId);
    expect(chat().active?.world).toBe('generated');
    // The generated world has no FindAttractions: the call is refused, not run.
    expect(observations(chat().active?.turns[0])).not.toContain('broughton house gallery');
    expect(chat().active?.turns[0]?.steps[0]?.error).toMatch(/FindAttractions/);
  });

  it('says why when the MultiWOZ world cannot load, sends nothing, and loads on a later try', async () => {
    const keyValueStore = createMemoryKeyValueStore();
    const bookings = createKeyValueBookingRepository(keyValueStore);
    const generated = createBookingWorld({ latencyMs: 0, bookings });
    let failures = 2;
    const openWorld = createWorldCatalog(generated, () =>
      failures-- > 0
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : createMultiwozWorld({ bookings, latencyMs: 0 }),
    );
    const { store, chat } = buildTestStore({ sharedStore: keyValueStore, openWorld });
    await chat().init();
    provideModel(
      store,
      createReplayChatModel({ outputs: [ASK_MUSEUMS, 'System: Try the scott polar museum.'] }),
    );
    await store.getState().settings.setWorld('multiwoz');
    const load = store.getState().settings.worldLoad;
    expect(load?.status).toBe('error');
    expect(load?.message).toMatch(/MultiWOZ database could not be loaded.*dynamically imported/);

    await chat().send('Any museums in the centre?');
    expect(chat().active?.turns ?? []).toHaveLength(0);
    expect(chat().notices.at(-1)?.message).toMatch(/could not be loaded.*Nothing was sent/);

    await chat().send('Any museums in the centre?');
    expect(store.getState().settings.worldLoad?.status).toBe('ready');
    expect(observations(chat().active?.turns[0])).toContain('broughton house gallery');
  });
});
