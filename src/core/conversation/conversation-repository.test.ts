import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../storage/memory-key-value-store';
import { createConversationRepository } from './conversation-repository';
import { makeConversation, makeTurn } from './test-conversations';

describe('conversation repository', () => {
  it('saves a conversation as its head, its turns and its summary', async () => {
    const store = createMemoryKeyValueStore();
    const repository = createConversationRepository(store);
    await repository.save(makeConversation('a', { turns: [makeTurn('hello', 'hi')] }));
    expect((await store.keys()).sort()).toEqual([
      'conversation:a',
      'summary:a',
      'turn:a:turn-hello',
    ]);
    expect(await store.get('conversation:a')).not.toHaveProperty('turns');
    const loaded = await repository.loadConversation('a');
    expect(loaded.status === 'ok' && loaded.conversation.turns[0]?.user).toBe('hello');
  });

  it('skips damaged records, reports them, and loads the rest', async () => {
    const store = createMemoryKeyValueStore();
    const repository = createConversationRepository(store);
    await repository.save(makeConversation('good'));
    await store.set('summary:broken', '{not json');
    await store.set('conversation:broken', { id: 'broken', turns: 'not a list' });
    await store.set('summary:wrong', { id: 'wrong', title: 42 });
    const { summaries, corruptIds } = await repository.loadSummaries();
    expect(summaries.map((summary) => summary.id)).toEqual(['good']);
    expect(corruptIds.sort()).toEqual(['broken', 'wrong']);
    expect(await repository.loadConversation('broken')).toEqual({ status: 'corrupt' });
    expect(await store.get('conversation:broken')).toBeDefined(); // left for a later repair
  });

  it('rebuilds a missing summary from a readable conversation record', async () => {
    const store = createMemoryKeyValueStore();
    await store.set('conversation:orphan', makeConversation('orphan', { title: 'Orphan' }));
    const { summaries, corruptIds } = await createConversationRepository(store).loadSummaries();
    expect(summaries).toMatchObject([{ id: 'orphan', title: 'Orphan', turnCount: 0 }]);
    expect(corruptIds).toEqual([]);
  });

  it('reads records stored as JSON text', async () => {
    const store = createMemoryKeyValueStore();
    await store.set('conversation:text', JSON.stringify(makeConversation('text')));
    expect((await createConversationRepository(store).loadConversation('text')).status).toBe('ok');
  });

  it('merges a save with the stored copy instead of replacing it', async () => {
    const repository = createConversationRepository(createMemoryKeyValueStore());
    const base = makeConversation('m');
    await repository.save({ ...base, turns: [makeTurn('from a', 'ra', { startedAt: 2 })] });
    const outcome = await repository.save({
      ...base,
      turns: [makeTurn('from b', 'rb', { startedAt: 3 })],
    });
    expect(outcome.status === 'saved' && outcome.summary.turnCount).toBe(2);
    const loaded = await repository.loadConversation('m');
    expect(loaded.status === 'ok' && loaded.conversation.turns.map((turn) => turn.user)).toEqual([
      'from a',
      'from b',
    ]);
  });

  it('replaces the stored copy with another (an import), unless it was deleted', async () => {
    const store = createMemoryKeyValueStore();
    const repository = createConversationRepository(store);
    const base = makeConversation('r', { title: 'Here' });
    await repository.save({ ...base, turns: [makeTurn('kept here', 'a', { startedAt: 2 })] });
    const outcome = await repository.replace({
      ...base,
      title: 'From the file',
      turns: [makeTurn('from the file', 'b', { startedAt: 1 })],
    });
    expect(outcome.status === 'saved' && outcome.summary).toMatchObject({
      title: 'From the file',
      turnCount: 1,
    });
    const loaded = await repository.loadConversation('r');
    expect(loaded.status === 'ok' && loaded.conversation.turns.map((turn) => turn.user)).toEqual([
      'from the file',
    ]);
    expect((await store.keys()).filter((key) => key.startsWith('turn:'))).toEqual([
      'turn:r:turn-from the file',
    ]);
    await repository.remove('r', 5);
    expect(await repository.replace(base)).toEqual({ status: 'deleted' });
    expect(await repository.loadConversation('r')).toEqual({ status: 'missing' });
  });

  it('lets a delete win over later saves until it is undone', async () => {
    const store = createMemoryKeyValueStore();
    const repository = createConversationRepository(store);
    const conversation = makeConversation('d', { turns: [makeTurn('hi', 'hello')] });
    await repository.save(conversation);
    await repository.remove('d', 100);
    expect(await repository.save(conversation)).toEqual({ status: 'deleted' });
    expect(await repository.loadConversation('d')).toEqual({ status: 'missing' });
    expect(await store.keys()).toEqual(['deleted:d']); // the turn records went with it
    expect((await repository.loadSummaries()).summaries).toEqual([]);
    expect(await repository.deletedIds()).toEqual(['d']);
    expect((await repository.restore(conversation)).status).toBe('saved');
    expect(await repository.deletedIds()).toEqual([]);
    expect(await repository.loadConversation('d')).toEqual({ status: 'ok', conversation });
  });

  it('holds the lock from the read to the write', async () => {
    const held: string[] = [];
    const repository = createConversationRepository(createMemoryKeyValueStore(), (name, task) => {
      held.push(name);
      return task();
    });
    await repository.save(makeConversation('l'));
    await repository.remove('l', 1);
    expect(held).toEqual(['coalm-web:conversation:l', 'coalm-web:conversation:l']);
  });
});
