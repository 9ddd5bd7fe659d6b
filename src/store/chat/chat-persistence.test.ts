import { describe, expect, it } from 'vitest';
import type { ConversationHead } from '../../core/conversation/conversation-record';
import { CURRENT_SCHEMA_VERSION } from '../../core/conversation/schema-migrations';
import { readStoredConversation } from '../../core/conversation/test-conversations';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createPlannedRunTurn } from '../testing/planned-run-turn';
import { buildTestStore } from '../testing/harness';

const conversationWrites = (writes: { keys: string[] }[]) =>
  writes.filter((write) => write.keys.some((key) => key.startsWith('conversation:')));

describe('chat persistence', () => {
  it('never writes per token: more tokens do not mean more writes', async () => {
    const counts: number[] = [];
    for (const tokens of [5, 200]) {
      const { runTurn } = createPlannedRunTurn([
        { replyChunks: Array.from({ length: tokens }, () => 'word ') },
      ]);
      const { chat, recording } = buildTestStore({ runTurn });
      await chat().init();
      await chat().newConversation();
      recording.writes.length = 0;
      await chat().send('hello');
      counts.push(conversationWrites(recording.writes).length);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(4); // start, the model response, the finished turn
  });

  it('saves a streaming reply at least once a second', async () => {
    const counts: number[] = [];
    for (const millisecondsPerToken of [0, 100]) {
      let advance = (_ms: number) => {};
      const { runTurn } = createPlannedRunTurn([
        {
          replyChunks: Array.from({ length: 30 }, () => 'word '),
          beforeChunk: () => advance(millisecondsPerToken),
        },
      ]);
      const { chat, recording, clock } = buildTestStore({ runTurn });
      advance = clock.advance;
      await chat().init();
      await chat().newConversation();
      recording.writes.length = 0;
      await chat().send('talk for three seconds');
      const stored = await readStoredConversation(recording.inner, chat().activeId ?? '');
      expect(stored?.turns[0]?.reply).toBe('word '.repeat(30).trim());
      counts.push(conversationWrites(recording.writes).length);
    }
    // Three seconds of streaming add two or three throttled saves to the step-boundary ones.
    const throttled = (counts[1] ?? 0) - (counts[0] ?? 0);
    expect(throttled).toBeGreaterThanOrEqual(2);
    expect(throttled).toBeLessThanOrEqual(3);
  });

  it('shows a turn cut off by a reload as interrupted, with its partial text', async () => {
    let reload: () => Promise<void> = async () => {};
    let advance = (_ms: number) => {};
    const { runTurn } = createPlannedRunTurn([
      {
        replyChunks: ['Half ', 'a ', 'reply ', 'never finished'],
        beforeChunk: async (index) => {
          advance(600);
          if (index === 3) await reload();
        },
      },
    ]);
    const first = buildTestStore({ runTurn });
    advance = first.clock.advance;
    await first.chat().init();
    let seen: { status: string; reply: string } | undefined;
    reload = async () => {
      // A second page load reading the same database while the first is mid-reply.
      const second = buildTestStore({ sharedStore: first.recording.inner, idPrefix: 'tab2' });
      await second.chat().init();
      await second.chat().openConversation(second.chat().summaries[0]?.id ?? '');
      seen = second.chat().active?.turns[0];
    };
    await first.chat().send('Tell me something long');
    expect(seen?.status).toBe('interrupted');
    expect(seen?.reply).toBe('Half a ');
  });

  it('writes the same bytes per turn with 1 or 300 stored conversations', async () => {
    const bytes: number[] = [];
    for (const existing of [1, 300]) {
      const { runTurn } = createPlannedRunTurn(() => ({ replyChunks: ['A reply.'] }));
      const { chat, recording } = buildTestStore({ runTurn });
      await chat().init();
      for (let index = 0; index < existing; index += 1) await chat().newConversation();
      recording.writes.length = 0;
      await chat().send('The same question');
      bytes.push(recording.writes.reduce((total, write) => total + write.bytes, 0));
    }
    // Only the ids' digits differ (id-3 against id-303).
    expect(bytes[1]).toBeLessThan((bytes[0] ?? 0) * 1.05);
  });

  it('keeps working when the disk is full, and says what to do', async () => {
    const delivered: string[] = [];
    const { runTurn } = createPlannedRunTurn(() => ({ replyChunks: ['Fine.'] }));
    const { chat, recording } = buildTestStore({
      runTurn,
      deliverFile: (file) => delivered.push(file.text),
    });
    await chat().init();
    await chat().send('saved question');
    const id = chat().activeId ?? '';
    const before = await recording.inner.get(`conversation:${id}`);
    recording.setFull(true);
    await chat().send('unsaved question');
    expect(chat().active?.turns.map((turn) => turn.user)).toEqual([
      'saved question',
      'unsaved question',
    ]);
    expect(await recording.inner.get(`conversation:${id}`)).toEqual(before);
    const notice = chat().notices.find((candidate) => candidate.kind === 'storage-full');
    expect(notice?.actionLabel).toBe('Export everything');
    expect(chat().notices.filter((candidate) => candidate.kind === 'storage-full')).toHaveLength(1);
    await chat().noticeAction(notice?.id ?? '');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toContain('unsaved question'); // the export carries what is on screen
  });

  it('loads the rest and reports damaged records at start-up', async () => {
    const first = buildTestStore({
      runTurn: createPlannedRunTurn(() => ({ replyChunks: ['ok'] })).runTurn,
    });
    await first.chat().init();
    await first.chat().send('keep me');
    await first.recording.inner.set('summary:bad', { id: 'bad', title: 7 });
    await first.recording.inner.set('conversation:worse', 'not json at all {');
    const second = buildTestStore({ sharedStore: first.recording.inner });
    await second.chat().init();
    expect(second.chat().summaries.map((summary) => summary.title)).toEqual(['keep me']);
    expect(second.chat().notices).toMatchObject([
      { kind: 'corrupt-records', message: expect.stringContaining('2 damaged') },
    ]);
  });

  it('upgrades schema 1 data on start-up', async () => {
    const first = buildTestStore();
    const conversation = {
      id: 'old',
      title: 'Old trip',
      createdAt: 1,
      updatedAt: 2,
      profile: 'cra-chat',
      turns: [
        {
          id: 't',
          user: 'To Ely',
          steps: [],
          reply: 'Trains leave hourly.',
          status: 'complete',
          startedAt: 1,
        },
      ],
    };
    const empty = { ...conversation, id: 'empty', title: 'New conversation', turns: [] };
    await first.recording.inner.setMany([
      ['conversation:old', conversation],
      ['conversation:empty', empty],
      [
        'conversation-index',
        [
          { id: 'old', title: 'Old trip', updatedAt: 2 },
          { id: 'empty', title: 'New conversation', updatedAt: 3 },
        ],
      ],
    ]);
    await first.chat().init();
    // The empty record an older version left behind is not listed.
    expect(first.chat().summaries).toMatchObject([
      { id: 'old', turnCount: 1, searchText: 'old trip\nto ely\ntrains leave hourly.' },
    ]);
    expect(first.chat().activeId).toBe('old');
    expect(await first.recording.inner.get('schema-version')).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('starts by reading summaries and the latest conversation only; others open lazily', async () => {
    const first = buildTestStore({
      runTurn: createPlannedRunTurn(() => ({ replyChunks: ['ok'] })).runTurn,
    });
    await first.chat().init();
    for (let index = 0; index < 50; index += 1)
      await first
        .chat()
        .send(`trip ${index}`)
        .then(() => first.chat().newConversation());
    const read: string[] = [];
    const database = first.recording.inner;
    const second = buildTestStore({
      sharedStore: {
        ...database,
        get: (key) => (read.push(key), database.get(key)),
        getMany: (keys) => (read.push(...keys), database.getMany(keys)),
      },
    });
    await second.chat().init();
    // 50 with a turn; the last "New conversation" was never sent, so it was never stored.
    expect(second.chat().summaries).toHaveLength(50);
    const stored = (await database.keys()).filter((key) => key.startsWith('conversation:'));
    expect(stored).toHaveLength(50);
    const latest = second.chat().summaries[0]?.id;
    expect(second.chat().activeId).toBe(latest);
    expect(read.filter((key) => key.startsWith('conversation:'))).toEqual([
      `conversation:${latest}`,
    ]);
    await second.chat().openConversation(second.chat().summaries[9]?.id ?? '');
    expect(read.filter((key) => key.startsWith('conversation:'))).toHaveLength(2);
  });

  it('starts without saving when storage cannot be read at all', async () => {
    const broken = createMemoryKeyValueStore();
    broken.keys = () => Promise.reject(new Error('IndexedDB is not available'));
    broken.get = () => Promise.reject(new Error('IndexedDB is not available'));
    const { chat } = buildTestStore({ sharedStore: broken });
    await chat().init();
    expect(chat().ready).toBe(true);
    expect(chat().notices.map((notice) => notice.message)).toContainEqual(
      expect.stringMatching(/could not be read.*IndexedDB is not available/),
    );
  });
});

describe('chat persistence: a finished reply', () => {
  it('is on disk before the chat stops showing the turn as running', async () => {
    const inner = createMemoryKeyValueStore();
    let storedStatus: string | undefined;
    const noteStored = (entries: readonly [string, unknown][]) => {
      for (const [key, value] of entries)
        if (key.startsWith('conversation:'))
          storedStatus = (value as ConversationHead).turnIndex.at(-1)?.status;
    };
    const tracking = {
      ...inner,
      async set(key: string, value: unknown) {
        await inner.set(key, value);
        noteStored([[key, value]]);
      },
      async setMany(entries: readonly [string, unknown][]) {
        await inner.setMany(entries);
        noteStored(entries);
      },
    };
    const { runTurn } = createPlannedRunTurn([{ replyChunks: ['All ', 'done.'] }]);
    const { store, chat } = buildTestStore({ runTurn, sharedStore: tracking });
    await chat().init();
    await chat().newConversation();
    const storedWhenIdle: (string | undefined)[] = [];
    const unsubscribe = store.subscribe((state, previous) => {
      if (previous.chat.busy && !state.chat.busy) storedWhenIdle.push(storedStatus);
    });
    await chat().send('hello');
    unsubscribe();
    expect(storedWhenIdle).toEqual(['complete']);
  });
});
