import { describe, expect, it } from 'vitest';
import type { KeyValueStore } from '../storage/key-value-store';
import { createMemoryKeyValueStore } from '../storage/memory-key-value-store';
import { createConversationRepository } from './conversation-repository';
import {
  CURRENT_SCHEMA_VERSION,
  migrateSchema,
  migrations,
  type Migration,
} from './schema-migrations';
import { makeConversation, makeTurn } from './test-conversations';

describe('schema migrations', () => {
  it('starts a fresh database at the current version', async () => {
    const store = createMemoryKeyValueStore();
    expect(await migrateSchema(store)).toEqual({
      status: 'current',
      version: CURRENT_SCHEMA_VERSION,
      applied: [],
    });
    expect(await store.get('schema-version')).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('moves a v1 index into per-conversation summaries with turnCount and searchText', async () => {
    const store = createMemoryKeyValueStore();
    const first = makeConversation('a', {
      title: 'Hotel',
      turns: [makeTurn('A Cheap Hotel', 'ok')],
    });
    const second = makeConversation('b', { title: 'Train', turns: [] });
    await store.setMany([
      ['conversation:a', first],
      ['conversation:b', second],
      [
        'conversation-index',
        [
          { id: 'a', title: 'Hotel', updatedAt: 10 },
          { id: 'b', title: 'Train', updatedAt: 10 },
          { id: 'gone', title: 'x', updatedAt: 1 },
        ],
      ],
    ]);
    const outcome = await migrateSchema(store);
    expect(outcome.status).toBe('current');
    expect(outcome.applied).toHaveLength(3); // 1 -> 2 -> 3 -> 4
    expect(await store.get('schema-version')).toBe(4);
    expect(await store.get('conversation-index')).toBeUndefined();
    expect(await store.get('summary:a')).toMatchObject({
      turnCount: 1,
      searchText: 'hotel\na cheap hotel\nok',
    });
    expect(await store.get('summary:b')).toMatchObject({ turnCount: 0 });
    const { summaries } = await createConversationRepository(store).loadSummaries();
    expect(summaries.map((summary) => summary.id).sort()).toEqual(['a', 'b']);
  });

  it('stamps metaUpdatedAt on v2 records so saves from two tabs merge titles', async () => {
    const store = createMemoryKeyValueStore();
    await store.setMany([
      ['schema-version', 2],
      ['conversation:a', makeConversation('a', { title: 'Kept', updatedAt: 40 })],
      ['conversation:broken', { id: 'broken' }],
    ]);
    const outcome = await migrateSchema(store, migrations.slice(0, 2), 3);
    expect(outcome).toMatchObject({ status: 'current', version: 3 });
    expect(await store.get('conversation:a')).toMatchObject({ title: 'Kept', metaUpdatedAt: 40 });
    expect(await store.get('conversation:broken')).toEqual({ id: 'broken' });
    // A copy saved by a tab that still holds the old title (older metadata) loses to it.
    const repository = createConversationRepository(store);
    await repository.save(makeConversation('a', { title: 'Stale', metaUpdatedAt: 10 }));
    expect(await store.get('conversation:a')).toMatchObject({ title: 'Kept' });
  });

  it('splits v3 records into a head and one record per turn, and resumes when cut short', async () => {
    const store = createMemoryKeyValueStore();
    const whole = makeConversation('a', {
      title: 'Trip',
      turns: [
        makeTurn('first', 'one', { startedAt: 1 }),
        makeTurn('second', 'two', { startedAt: 2 }),
      ],
    });
    await store.setMany([
      ['schema-version', 3],
      ['conversation:a', whole],
      ['conversation:broken', { id: 'broken', turns: 'not a list' }],
    ]);
    expect(await migrateSchema(store)).toMatchObject({ status: 'current', version: 4 });
    expect(await store.get('conversation:a')).toMatchObject({
      title: 'Trip',
      turnIndex: [{ id: 'turn-first' }, { id: 'turn-second' }],
    });
    expect(await store.get('conversation:a')).not.toHaveProperty('turns');
    expect(await store.get('turn:a:turn-second')).toEqual(whole.turns[1]);
    expect(await store.get('conversation:broken')).toEqual({ id: 'broken', turns: 'not a list' });
    const loaded = await createConversationRepository(store).loadConversation('a');
    expect(loaded).toEqual({ status: 'ok', conversation: whole });

    // Run again over data already split (a migration cut short and restarted): nothing changes.
    await store.set('schema-version', 3);
    await migrateSchema(store);
    expect(await createConversationRepository(store).loadConversation('a')).toEqual(loaded);
  });

  it('loses nothing written between its read of a record and its write', async () => {
    const inner = createMemoryKeyValueStore();
    const streaming = makeTurn('book', 'Looking', { startedAt: 1, status: 'streaming' });
    const finished = { ...streaming, status: 'complete' as const, reply: 'Booked.' };
    const added = makeTurn('note', 'Noted.', { startedAt: 2 });
    await inner.setMany([
      ['schema-version', 3],
      ['conversation:c', makeConversation('c', { turns: [streaming] })],
    ]);
    // Right after the migration reads the record, a tab still on the old app saves its finished
    // turn, and another new tab adds a turn (as records, under the new layout).
    let raced = false;
    const store: KeyValueStore = {
      ...inner,
      async get(key) {
        const value = await inner.get(key);
        if (key === 'conversation:c' && !raced) {
          raced = true;
          await inner.set('conversation:c', makeConversation('c', { turns: [finished] }));
          await createConversationRepository(inner).save(
            makeConversation('c', { turns: [finished, added] }),
          );
        }
        return value as never;
      },
    };
    await migrateSchema(store);
    expect(raced).toBe(true);
    const loaded = await createConversationRepository(inner).loadConversation('c');
    expect(loaded.status === 'ok' && loaded.conversation.turns).toEqual([finished, added]);
  });

  it('runs migrations in order and leaves data from a newer version alone', async () => {
    const store = createMemoryKeyValueStore();
    await store.set('schema-version', 1);
    await store.set('conversation-index', []);
    const order: string[] = [];
    const step = (from: number): Migration => ({
      from,
      to: from + 1,
      description: `${from}->${from + 1}`,
      run: async () => void order.push(`${from}`),
    });
    const outcome = await migrateSchema(store, [step(2), step(1)], 3);
    expect(order).toEqual(['1', '2']);
    expect(outcome).toMatchObject({ status: 'current', version: 3 });
    await store.set('schema-version', 9);
    expect(await migrateSchema(store)).toMatchObject({ status: 'newer', version: 9 });
    expect(await store.get('schema-version')).toBe(9);
  });
});
