import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../storage/key-value-store';
import { createMemoryKeyValueStore } from '../storage/memory-key-value-store';
import type { Turn } from './conversation';
import { createConversationRepository } from './conversation-repository';
import { shownPath } from './turn-tree';
import { makeConversation, makeTurn } from './test-conversations';
import { SLICE_CHARACTERS } from './turn-slices';

/** The store, and the keys of each transaction written to it, in order. */
function recordingStore(): { store: KeyValueStore; writes: string[][] } {
  const inner = createMemoryKeyValueStore();
  const writes: string[][] = [];
  return {
    writes,
    store: {
      ...inner,
      set: async (key, value) => {
        writes.push([key]);
        await inner.set(key, value);
      },
      setMany: async (entries) => {
        writes.push(entries.map(([key]) => key));
        await inner.setMany(entries);
      },
    },
  };
}

const turns = (count: number, reply = 'ok'): Turn[] =>
  Array.from({ length: count }, (_, index) =>
    makeTurn(`message ${index}`, reply, { startedAt: index + 1 }),
  );

describe('conversation repository: turns as records', () => {
  it('writes only the turns that changed, however long the conversation', async () => {
    const { store, writes } = recordingStore();
    const repository = createConversationRepository(store);
    const first = makeConversation('c', { turns: turns(40) });
    await repository.save(first);
    expect(writes.at(-1)).toHaveLength(42); // 40 turns, the head and the summary

    const next = makeTurn('one more', 'streaming…', { startedAt: 100, status: 'streaming' });
    await repository.save({ ...first, turns: [...first.turns, next] });
    expect(writes.at(-1)?.sort()).toEqual(['conversation:c', 'summary:c', 'turn:c:turn-one more']);

    // A later tab, which read the conversation, writes only its own changed turn too.
    const other = createConversationRepository(store);
    const loaded = await other.loadConversation('c');
    if (loaded.status !== 'ok') throw new Error('not loaded');
    const done = loaded.conversation.turns.map((turn) =>
      turn.id === next.id ? { ...turn, status: 'complete' as const, reply: 'Done.' } : turn,
    );
    await other.save({ ...loaded.conversation, turns: done });
    expect(writes.at(-1)?.sort()).toEqual(['conversation:c', 'summary:c', 'turn:c:turn-one more']);
  });

  it('rereads only the turns another tab changed', async () => {
    const inner = createMemoryKeyValueStore();
    const read: string[] = [];
    const store: KeyValueStore = {
      ...inner,
      getMany: (keys) => (read.push(...keys), inner.getMany(keys)),
    };
    const writer = createConversationRepository(store);
    const first = makeConversation('r', { turns: turns(30) });
    await writer.save(first);
    const reader = createConversationRepository(store);
    const seen = await reader.loadConversation('r');
    if (seen.status !== 'ok') throw new Error('not loaded');
    const added = makeTurn('new', 'streaming', { startedAt: 99, status: 'streaming' });
    await writer.save({ ...first, turns: [...first.turns, added] });
    read.length = 0;
    const again = await reader.loadConversation('r', seen.conversation);
    expect(read.filter((key) => key.startsWith('turn:'))).toEqual(['turn:r:turn-new']);
    expect(again).toEqual({
      status: 'ok',
      conversation: { ...first, turns: [...first.turns, added] },
    });
  });

  it('keeps the copy of a turn that got further, whichever tab saves last', async () => {
    const store = createMemoryKeyValueStore();
    const tabA = createConversationRepository(store);
    const tabB = createConversationRepository(store);
    const streaming = makeTurn('book', 'Looking', { startedAt: 1, status: 'streaming' });
    const base = makeConversation('t', { turns: [streaming] });
    await tabA.save(base);
    const seenByB = await tabB.loadConversation('t');
    if (seenByB.status !== 'ok') throw new Error('not loaded');
    await tabA.save({ ...base, turns: [{ ...streaming, status: 'complete', reply: 'Booked.' }] });
    // B still holds the streaming copy and adds its own turn: A's finished turn must survive.
    const outcome = await tabB.save({
      ...seenByB.conversation,
      turns: [...seenByB.conversation.turns, makeTurn('note', 'Noted.', { startedAt: 2 })],
    });
    const expected = [
      ['book', 'Booked.'],
      ['note', 'Noted.'],
    ];
    expect(
      outcome.status === 'saved' && outcome.conversation.turns.map((t) => [t.user, t.reply]),
    ).toEqual(expected);
    const stored = await createConversationRepository(store).loadConversation('t');
    expect(
      stored.status === 'ok' && stored.conversation.turns.map((t) => [t.user, t.reply]),
    ).toEqual(expected);
  });

  it('reads the end of a conversation first, with the rest as placeholders', async () => {
    const store = createMemoryKeyValueStore();
    const repository = createConversationRepository(store);
    const all = turns(20, 'the reply');
    // A version beside turn 19 (regenerate), chosen: the preview follows the shown path.
    const version = makeTurn('message 18', 'another reply', {
      id: 'turn-version',
      parentId: 'turn-message 17',
      startedAt: 50,
    });
    const conversation = makeConversation('p', { turns: [...all, version] });
    await repository.save(conversation);

    const preview = await createConversationRepository(store).loadPreview('p', {
      turns: 3,
      characters: 100_000,
    });
    if (preview.status !== 'ok') throw new Error('no preview');
    const shownIds = shownPath(preview.conversation).map((turn) => turn.id);
    expect(shownIds).toEqual(shownPath(conversation).map((turn) => turn.id));
    const recent = shownIds.slice(-3);
    expect(recent).toEqual(['turn-message 16', 'turn-message 17', 'turn-version']);
    for (const turn of preview.conversation.turns) {
      const loaded = !preview.unloadedTurnIds.has(turn.id);
      expect(loaded).toBe(recent.includes(turn.id));
      if (loaded) expect(turn).toEqual(conversation.turns.find((t) => t.id === turn.id));
      else expect(turn.reply).toBe('');
    }
    expect(await repository.loadPreview('missing', { turns: 3, characters: 1 })).toEqual({
      status: 'missing',
    });
  });

  it('reads fewer turns for the preview when their replies are long, and always the last', async () => {
    const store = createMemoryKeyValueStore();
    const repository = createConversationRepository(store);
    const long = turns(6, 'x'.repeat(5_000));
    await repository.save(makeConversation('long', { turns: long }));
    const loadedIds = async (characters: number) => {
      const preview = await repository.loadPreview('long', { turns: 12, characters });
      if (preview.status !== 'ok') throw new Error('no preview');
      return preview.conversation.turns
        .filter((turn) => !preview.unloadedTurnIds.has(turn.id))
        .map((turn) => turn.id);
    };
    const ids = long.map((turn) => turn.id);
    // Turns are added until their replies reach the budget: 5,000 + 5,000 + 5,000 >= 12,000.
    expect(await loadedIds(12_000)).toEqual(ids.slice(-3));
    expect(await loadedIds(1)).toEqual(ids.slice(-1));
    expect(await loadedIds(1_000_000)).toEqual(ids);
  });

  it('writes a large conversation in slices, the head last', async () => {
    const { store, writes } = recordingStore();
    const reply = 'x'.repeat(SLICE_CHARACTERS / 4);
    await createConversationRepository(store).save(
      makeConversation('big', { turns: turns(10, reply) }),
    );
    expect(writes.length).toBeGreaterThanOrEqual(3);
    expect(writes.flat().filter((key) => key.startsWith('turn:'))).toHaveLength(10);
    writes
      .slice(0, -1)
      .forEach((keys) => expect(keys.every((key) => key.startsWith('turn:'))).toBe(true));
    expect(writes.at(-1)).toEqual(expect.arrayContaining(['conversation:big', 'summary:big']));
  });

  it('reads a record that still holds its turns, and splits it on the next save', async () => {
    const store = createMemoryKeyValueStore();
    const whole = makeConversation('old', { turns: turns(3) });
    await store.set('conversation:old', whole);
    const repository = createConversationRepository(store);
    expect(await repository.loadConversation('old')).toEqual({ status: 'ok', conversation: whole });
    await repository.save(whole);
    expect(await store.get('conversation:old')).not.toHaveProperty('turns');
    expect((await store.keys()).filter((key) => key.startsWith('turn:'))).toHaveLength(3);
    expect(await createConversationRepository(store).loadConversation('old')).toEqual({
      status: 'ok',
      conversation: whole,
    });
  });

  it('loses no turn when a tab still on the old app writes its whole copy over the head', async () => {
    const store = createMemoryKeyValueStore();
    const first = makeTurn('first', 'one', { startedAt: 1 });
    const second = makeTurn('second', 'two', { startedAt: 2 });
    await createConversationRepository(store).save(
      makeConversation('u', { turns: [first, second] }),
    );
    // The old app read the stored head as damaged and wrote the copy it held, without `second`.
    await store.set('conversation:u', makeConversation('u', { title: 'Old tab', turns: [first] }));
    const loaded = await createConversationRepository(store).loadConversation('u');
    expect(loaded.status === 'ok' && loaded.conversation.turns).toEqual([first, second]);
    const outcome = await createConversationRepository(store).save(
      makeConversation('u', { turns: [first] }),
    );
    expect(outcome.status === 'saved' && outcome.conversation.turns).toEqual([first, second]);
    expect(await store.get('conversation:u')).toMatchObject({
      turnIndex: [{ id: first.id }, { id: second.id }],
    });
  });

  it('keys turns so that no two conversation and turn ids meet', async () => {
    const store = createMemoryKeyValueStore();
    const repository = createConversationRepository(store);
    await repository.save(
      makeConversation('a:b', { turns: [makeTurn('x', 'first', { id: 'c' })] }),
    );
    await repository.save(
      makeConversation('a', { turns: [makeTurn('x', 'second', { id: 'b:c' })] }),
    );
    const first = await repository.loadConversation('a:b');
    expect(first.status === 'ok' && first.conversation.turns[0]?.reply).toBe('first');
    // An imported id may hold anything a JSON string can, a lone surrogate included.
    const odd = '\ud800%3A';
    await repository.save(makeConversation(odd, { turns: [makeTurn('x', 'third')] }));
    const third = await repository.loadConversation(odd);
    expect(third.status === 'ok' && third.conversation.turns[0]?.reply).toBe('third');
    const again = await repository.loadConversation('a:b');
    expect(again.status === 'ok' && again.conversation.turns[0]?.reply).toBe('first');
  });
});
