import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createPlannedRunTurn } from '../testing/planned-run-turn';
import { createChannelHub, waitFor } from '../testing/fakes';
import { buildTestStore } from '../testing/harness';

function twoTabs() {
  const database = createMemoryKeyValueStore();
  const createChannel = createChannelHub();
  const runTurn = createPlannedRunTurn((text) => ({ replyChunks: [`re: ${text}`] })).runTurn;
  const tab = (idPrefix: string) =>
    buildTestStore({ sharedStore: database, createChannel, runTurn, idPrefix });
  return { database, tab };
}

describe('two tabs', () => {
  it('a conversation changed in one tab appears in the other', async () => {
    const { tab } = twoTabs();
    const first = tab('a');
    const second = tab('b');
    await Promise.all([first.chat().init(), second.chat().init()]);
    await first.chat().send('Hello from tab one');
    await waitFor(() => second.chat().summaries.length === 1, 'the summary in tab two');
    const id = first.chat().activeId ?? '';
    await second.chat().openConversation(id);
    await first.chat().send('And again');
    await waitFor(() => second.chat().active?.turns.length === 2, 'the new turn in tab two');
    expect(second.chat().summaries[0]).toMatchObject({ id, turnCount: 2 });
    await first.chat().deleteConversation(id);
    await waitFor(() => second.chat().summaries.length === 0, 'the deletion in tab two');
    expect(second.chat().active).toBeNull();
  });

  it('settings changed in one tab reach the other', async () => {
    const { tab } = twoTabs();
    const first = tab('a');
    const second = tab('b');
    await Promise.all([first.chat().init(), second.chat().init()]);
    await first.store.getState().settings.setAutoConfirm(true);
    await waitFor(() => second.store.getState().settings.autoConfirm, 'autoConfirm in tab two');
  });

  it('interleaved writes from two tabs lose nothing', async () => {
    const { database, tab } = twoTabs();
    const first = tab('a');
    const second = tab('b');
    await Promise.all([first.chat().init(), second.chat().init()]);
    for (let round = 0; round < 5; round += 1) {
      await Promise.all([
        first
          .chat()
          .newConversation()
          .then(() => first.chat().send(`a${round}`)),
        second
          .chat()
          .newConversation()
          .then(() => second.chat().send(`b${round}`)),
      ]);
    }
    const third = buildTestStore({ sharedStore: database, idPrefix: 'c' });
    await third.chat().init();
    expect(third.chat().summaries).toHaveLength(10);
    expect(third.chat().summaries.every((summary) => summary.turnCount === 1)).toBe(true);
    await waitFor(() => first.chat().summaries.length === 10, 'every conversation in tab one');
    await waitFor(() => second.chat().summaries.length === 10, 'every conversation in tab two');
  });
});
