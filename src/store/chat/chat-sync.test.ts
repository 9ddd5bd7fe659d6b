import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createPlannedRunTurn } from '../testing/planned-run-turn';
import { createChannelHub, waitFor } from '../testing/fakes';
import { buildTestStore } from '../testing/harness';
import { selectShownTurnIds } from './chat-slice';

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

  it('a conversation replaced by an import in one tab shows the file copy in the other', async () => {
    const { tab } = twoTabs();
    const first = tab('a');
    const second = tab('b');
    await Promise.all([first.chat().init(), second.chat().init()]);
    await first.chat().send('Hello');
    const id = first.chat().activeId ?? '';
    await waitFor(() => second.chat().summaries.length === 1, 'the summary in tab two');
    await second.chat().openConversation(id);
    // The file's turn has the same id and got as far (same length), with other words.
    const exported = (await first.chat().exportAll()).text;
    const file = exported.replace(/"reply": ?"re: Hello"/, '"reply": "RE: HELLO"');
    expect(file).not.toBe(exported);
    const importing = first.chat().importFile(file);
    await waitFor(() => first.chat().pendingImport !== null, 'the replace question');
    first.chat().resolveImport('replace');
    await importing;
    await waitFor(
      () => second.chat().active?.turns[0]?.reply === 'RE: HELLO',
      'the file copy in tab two',
    );
  });

  it('a version made in one tab and a switch made in the other reach both', async () => {
    const { tab } = twoTabs();
    const first = tab('a');
    const second = tab('b');
    await Promise.all([first.chat().init(), second.chat().init()]);
    await first.chat().send('one');
    await first.chat().send('two');
    const [one, two] = selectShownTurnIds(first.chat());
    await second.chat().openConversation(first.chat().activeId ?? '');
    await first.chat().regenerate(two ?? '');
    const newest = selectShownTurnIds(first.chat())[1];
    expect(newest).not.toBe(two);
    await waitFor(
      () => selectShownTurnIds(second.chat())[1] === newest,
      'the new version shown in tab two',
    );
    // The later choice wins the merge (the fake clocks stand still until told).
    second.clock.advance(1_000);
    await second.chat().showVersion(two ?? '');
    await waitFor(
      () => selectShownTurnIds(first.chat())[1] === two,
      'the switch back shown in tab one',
    );
    // A send continues the version shown, in both tabs.
    await first.chat().send('three');
    await waitFor(() => selectShownTurnIds(second.chat()).length === 3, 'the send in tab two');
    expect(selectShownTurnIds(second.chat()).slice(0, 2)).toEqual([one, two]);
    expect(second.chat().active?.turns).toHaveLength(4);
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
