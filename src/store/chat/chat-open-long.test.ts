import { describe, expect, it } from 'vitest';
import type { Conversation } from '../../core/conversation/conversation';
import { createConversationRepository } from '../../core/conversation/conversation-repository';
import {
  makeConversation,
  makeTurn,
  readStoredConversation,
} from '../../core/conversation/test-conversations';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { waitFor } from '../testing/fakes';
import { buildTestStore } from '../testing/harness';
import { createPlannedRunTurn } from '../testing/planned-run-turn';
import { isPreviewShown, type ChatSlice } from './chat-slice';

const TURNS = 40;

/** A database holding a 40-turn conversation and a newer short one (the one open at start). */
async function storedLongConversation() {
  const database = createMemoryKeyValueStore();
  const repository = createConversationRepository(database);
  const long: Conversation = makeConversation('long', {
    title: 'Long',
    updatedAt: 10,
    turns: Array.from({ length: TURNS }, (_, index) =>
      makeTurn(`question ${index}`, `answer ${index}`, { startedAt: index + 1 }),
    ),
  });
  await repository.save(long);
  await repository.save(
    makeConversation('short', { title: 'Short', updatedAt: 20, turns: [makeTurn('hi', 'hello')] }),
  );
  return { database, long };
}

/** Every state of the chat slice while `action` runs. */
async function statesDuring(
  built: ReturnType<typeof buildTestStore>,
  action: () => Promise<unknown>,
): Promise<ChatSlice[]> {
  const states: ChatSlice[] = [];
  const unsubscribe = built.store.subscribe((state) => states.push(state.chat));
  await action();
  unsubscribe();
  return states;
}

/** Runs `action` once, at the moment the preview first shows, and hands back its promise. */
function whenPreviewShows(
  built: ReturnType<typeof buildTestStore>,
  action: () => Promise<unknown>,
): () => Promise<unknown> | undefined {
  let started: Promise<unknown> | undefined;
  const unsubscribe = built.store.subscribe((state) => {
    if (started || !isPreviewShown(state.chat)) return;
    unsubscribe();
    started = action();
  });
  return () => started;
}

describe('opening a long conversation', () => {
  it('shows its end first, then the whole of it', async () => {
    const { database, long } = await storedLongConversation();
    const built = buildTestStore({ sharedStore: database });
    await built.chat().init();
    expect(built.chat().activeId).toBe('short');
    const states = await statesDuring(built, () => built.chat().openConversation('long'));

    const previews = states.filter(isPreviewShown);
    expect(previews.length).toBeGreaterThan(0);
    const first = previews[0]!;
    expect(first.active?.turns.map((turn) => turn.id)).toEqual(long.turns.map((turn) => turn.id));
    const unloaded = first.preview?.unloadedTurnIds ?? new Set();
    const loadedReplies = first.active?.turns.filter((turn) => !unloaded.has(turn.id));
    expect(loadedReplies?.map((turn) => turn.reply)).toEqual(
      long.turns.slice(-loadedReplies!.length).map((turn) => turn.reply),
    );
    expect(unloaded.size).toBeGreaterThan(TURNS / 2);

    expect(isPreviewShown(built.chat())).toBe(false);
    expect(built.chat().active).toEqual(long);
    // The turns already on screen are the same objects, so they do not render again.
    const whole = new Map(built.chat().active?.turns.map((turn) => [turn.id, turn]));
    for (const turn of loadedReplies ?? []) expect(whole.get(turn.id)).toBe(turn);
  });

  it('at start-up, the app is ready once the end of the latest conversation shows', async () => {
    const { database, long } = await storedLongConversation();
    await createConversationRepository(database).save({ ...long, updatedAt: 30 });
    const built = buildTestStore({ sharedStore: database });
    const states = await statesDuring(built, () => built.chat().init());
    const firstReady = states.find((state) => state.ready);
    expect(firstReady && isPreviewShown(firstReady)).toBe(true);
    await waitFor(() => !isPreviewShown(built.chat()), 'the whole conversation');
    expect(built.chat().active).toEqual({ ...long, updatedAt: 30 });
  });

  it('a message sent while the rest is read waits for it, and nothing is lost', async () => {
    const { database, long } = await storedLongConversation();
    const fake = createPlannedRunTurn(() => ({ replyChunks: ['Noted.'] }));
    const built = buildTestStore({ sharedStore: database, runTurn: fake.runTurn });
    await built.chat().init();
    const sent = whenPreviewShows(built, () => built.chat().send('one more question'));
    await built.chat().openConversation('long');
    expect(sent()).toBeDefined();
    await sent();
    // The turn loop saw the whole history, never a placeholder.
    expect(fake.received[0]?.conversation.turns.map((turn) => turn.reply)).toEqual(
      long.turns.map((turn) => turn.reply),
    );
    const stored = await readStoredConversation(database, 'long');
    expect(stored?.turns.map((turn) => turn.reply)).toEqual([
      ...long.turns.map((turn) => turn.reply),
      'Noted.',
    ]);
  });

  it('a delete and its undo while the rest is read bring back every turn', async () => {
    const { database, long } = await storedLongConversation();
    const built = buildTestStore({ sharedStore: database });
    await built.chat().init();
    const deleted = whenPreviewShows(built, () => built.chat().deleteConversation('long'));
    await built.chat().openConversation('long');
    expect(deleted()).toBeDefined();
    await deleted();
    expect(built.chat().activeId).toBeNull();
    await built.chat().undoDelete();
    expect(await readStoredConversation(database, 'long')).toEqual(long);
  });
});
