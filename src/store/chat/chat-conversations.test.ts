import { describe, expect, it, vi } from 'vitest';
import { readStoredConversation } from '../../core/conversation/test-conversations';
import { searchConversations } from './chat-slice';
import { createPlannedRunTurn } from '../testing/planned-run-turn';
import { buildTestStore } from '../testing/harness';

function storeWithReplies() {
  return buildTestStore({
    runTurn: createPlannedRunTurn((text) => ({ replyChunks: [`re: ${text}`] })).runTurn,
  });
}

describe('conversations', () => {
  it('lists conversations newest first from their first message, with the profile chosen', async () => {
    const { chat, clock } = storeWithReplies();
    await chat().init();
    const first = await chat().newConversation();
    await chat().send('First');
    clock.advance(1000);
    const second = await chat().newConversation('cra-chat');
    await chat().send('Second');
    expect(chat().summaries.map((summary) => summary.id)).toEqual([second, first]);
    expect(chat().active).toMatchObject({ id: second, profile: 'cra-chat' });
    await chat().openConversation(first);
    expect(chat().active).toMatchObject({ id: first, profile: 'cra-exact' });
  });

  it('a new conversation is a draft: not stored, listed or exported until its first message', async () => {
    const { chat, recording } = storeWithReplies();
    await chat().init();
    const id = await chat().newConversation();
    await chat().setProfile('cra-chat');
    expect(chat().active).toMatchObject({ id, turns: [], profile: 'cra-chat' });
    expect(chat().summaries).toEqual([]);
    expect(await recording.inner.keys()).not.toContain(`conversation:${id}`);
    const exported = JSON.parse((await chat().exportAll()).text) as { conversations: unknown[] };
    expect(exported.conversations).toEqual([]);
    // Another "New conversation" drops the unsent draft without a trace.
    const next = await chat().newConversation();
    await chat().send('Now a real question');
    expect(chat().summaries.map((summary) => summary.id)).toEqual([next]);
    expect(chat().active).toMatchObject({ id: next, profile: 'cra-exact' });
    expect(await recording.inner.keys()).not.toContain(`conversation:${id}`);
  });

  it('refuses a message while another conversation still has a reply running', async () => {
    let release: () => void = () => {};
    const paused = new Promise<void>((resolve) => (release = resolve));
    const { chat } = buildTestStore({
      runTurn: createPlannedRunTurn([
        { replyChunks: ['a', 'b'], beforeChunk: (index) => (index === 1 ? paused : undefined) },
        { replyChunks: ['c'] },
      ]).runTurn,
    });
    await chat().init();
    const first = chat().send('First');
    await vi.waitFor(() => expect(chat().active?.turns).toHaveLength(1));
    await chat().newConversation();
    expect(await chat().send('Second, too early')).toBe(false);
    release();
    expect(await first).toBe(true);
    expect(await chat().send('Second')).toBe(true);
    expect(chat().summaries).toHaveLength(2);
  });

  it('sending with no model loaded stores nothing', async () => {
    const { chat, store, recording } = storeWithReplies();
    await chat().init();
    store.setState({ engine: { ...store.getState().engine, getChatModel: () => null } });
    expect(await chat().send('Is anyone there?')).toBe(false);
    expect(chat().summaries).toEqual([]);
    expect((await recording.inner.keys()).filter((key) => key.startsWith('conversation:'))).toEqual(
      [],
    );
    expect(chat().notices.map((notice) => notice.kind)).toEqual(['engine']);
  });

  it('sets the profile of the open conversation and keeps it after a reload', async () => {
    const { chat, recording } = storeWithReplies();
    await chat().init();
    const id = await chat().newConversation();
    await chat().setProfile('cra-chat');
    await chat().send('Hello');
    expect(chat().active?.profile).toBe('cra-chat');
    const reloaded = buildTestStore({ sharedStore: recording.inner });
    await reloaded.chat().init();
    await reloaded.chat().openConversation(id);
    expect(reloaded.chat().active?.profile).toBe('cra-chat');
  });

  it('renames, and the new title is searchable and stored', async () => {
    const { chat, recording } = storeWithReplies();
    await chat().init();
    await chat().send('Cheap hotel in the north');
    const id = chat().activeId ?? '';
    await chat().renameConversation(id, '  Weekend   away ');
    expect(chat().summaries[0]?.title).toBe('Weekend away');
    expect(await recording.inner.get(`summary:${id}`)).toMatchObject({ title: 'Weekend away' });
    await chat().renameConversation(id, '   ');
    expect(chat().active?.title).toBe('Weekend away');
    expect(searchConversations(chat().summaries, 'weekend').map((s) => s.id)).toEqual([id]);
    expect(searchConversations(chat().summaries, 'north HOTEL').map((s) => s.id)).toEqual([id]);
    expect(searchConversations(chat().summaries, 'train')).toEqual([]);
  });

  it('deletes from storage and brings the conversation back on undo', async () => {
    const { chat, recording } = storeWithReplies();
    await chat().init();
    await chat().send('Keep this one');
    const id = chat().activeId ?? '';
    await chat().deleteConversation(id);
    expect(chat().summaries).toEqual([]);
    expect(chat().active).toBeNull();
    expect(chat().lastDeleted).toEqual({ id, title: 'Keep this one' });
    expect(await recording.inner.get(`conversation:${id}`)).toBeUndefined();
    await chat().undoDelete();
    expect(chat().lastDeleted).toBeNull();
    expect(chat().summaries.map((summary) => summary.id)).toEqual([id]);
    const restored = await readStoredConversation(recording.inner, id);
    expect(restored?.turns).toHaveLength(1);
  });

  it('reports a damaged conversation when it is opened', async () => {
    const { chat, recording } = storeWithReplies();
    await recording.inner.set('summary:x', {
      id: 'x',
      title: 'X',
      updatedAt: 1,
      turnCount: 1,
      searchText: 'x',
    });
    await recording.inner.set('conversation:x', { id: 'x', turns: 3 });
    await chat().init();
    await chat().openConversation('x');
    expect(chat().active).toBeNull();
    expect(chat().notices.map((notice) => notice.kind)).toEqual(['corrupt-records']);
    chat().dismissNotice(chat().notices[0]?.id ?? '');
    expect(chat().notices).toEqual([]);
  });

  it('a rename during a running turn survives the end of the turn', async () => {
    let rename = async () => {};
    const { chat } = buildTestStore({
      runTurn: createPlannedRunTurn([
        { replyChunks: ['a', 'b'], beforeChunk: (index) => (index === 1 ? rename() : undefined) },
      ]).runTurn,
    });
    await chat().init();
    const id = await chat().newConversation();
    rename = () => chat().renameConversation(id, 'Renamed mid-turn');
    await chat().send('Hello');
    expect(chat().active?.title).toBe('Renamed mid-turn');
    expect(chat().summaries[0]?.title).toBe('Renamed mid-turn');
  });

  it('prompt-format switches are stored with the conversation and reach the turn loop', async () => {
    const fake = createPlannedRunTurn(() => ({ replyChunks: ['ok'] }));
    const { chat, recording } = buildTestStore({ runTurn: fake.runTurn });
    await chat().init();
    const id = await chat().newConversation();
    await chat().setPromptOptions?.({ inputLabel: true });
    await chat().setPromptOptions?.({ thought: 'cued' });
    await chat().send('Hello');
    expect(fake.received[0]?.promptOptions).toEqual({ inputLabel: true, thought: 'cued' });
    expect(await recording.inner.get(`conversation:${id}`)).toMatchObject({
      promptOptions: { inputLabel: true, thought: 'cued' },
    });
  });
});
