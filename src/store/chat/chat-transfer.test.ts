import { readStoredConversation } from '../../core/conversation/test-conversations';
import { describe, expect, it, vi } from 'vitest';
import type { ImportChoice } from './chat-slice';
import { createPlannedRunTurn } from '../testing/planned-run-turn';
import { buildTestStore } from '../testing/harness';

function storeWithReplies(idPrefix = 'id') {
  return buildTestStore({
    idPrefix,
    runTurn: createPlannedRunTurn((text) => ({ replyChunks: [`re: ${text}`] })).runTurn,
  });
}

async function storedSnapshot(built: ReturnType<typeof storeWithReplies>) {
  const keys = (await built.recording.inner.keys()).sort();
  return { keys, values: await built.recording.inner.getMany(keys) };
}

describe('export and import', () => {
  it('round-trips everything into a fresh store', async () => {
    const source = storeWithReplies('a');
    await source.chat().init();
    await source.chat().send('First trip');
    await source.chat().newConversation('cra-chat');
    await source.chat().send('Second trip');
    const file = await source.chat().exportAll();
    expect(file.mimeType).toBe('application/json');
    expect(JSON.parse(file.text)).toMatchObject({ format: 'coalm-web-export', version: 1 });

    const target = storeWithReplies('b');
    await target.chat().init();
    expect(await target.chat().importFile(file.text)).toMatchObject({
      ok: true,
      message: 'Imported 2 conversations.',
    });
    const titles = (store: typeof source) =>
      store
        .chat()
        .summaries.map((summary) => summary.title)
        .sort();
    expect(titles(target)).toEqual(titles(source));
    const id = target.chat().summaries[0]?.id ?? '';
    await target.chat().openConversation(id);
    const original = await readStoredConversation(source.recording.inner, id);
    expect(target.chat().active).toEqual(original);
  });

  /** A store with three conversations exported, then one more made and one renamed. */
  async function storeWithExport() {
    const built = storeWithReplies();
    await built.chat().init();
    for (const text of ['One', 'Two', 'Three']) {
      await built.chat().newConversation();
      await built.chat().send(text);
    }
    const file = await built.chat().exportAll();
    await built.chat().newConversation();
    await built.chat().send('Four, not in the file');
    const two = built.chat().summaries.find((summary) => summary.title === 'Two')?.id ?? '';
    await built.chat().renameConversation(two, 'Two, renamed here');
    return { built, file, two };
  }

  /** Waits until the import asks, then answers. */
  async function answerWhenAsked(built: ReturnType<typeof storeWithReplies>, choice: ImportChoice) {
    await vi.waitFor(() => expect(built.chat().pendingImport).not.toBeNull());
    const asked = built.chat().pendingImport;
    built.chat().resolveImport(choice);
    return asked;
  }

  it('asks before importing conversations already here, and skips them on request', async () => {
    const { built, file } = await storeWithExport();
    const before = await storedSnapshot(built);
    const importing = built.chat().importFile(file.text);
    expect(await answerWhenAsked(built, 'skip')).toEqual({ fileConversations: 3, alreadyHere: 3 });
    expect(await importing).toEqual({
      ok: true,
      message: 'Imported 0 conversations, skipped 3 already here.',
    });
    expect(built.chat().pendingImport).toBeNull();
    expect(await storedSnapshot(built)).toEqual(before);
    expect(
      built
        .chat()
        .summaries.map((summary) => summary.title)
        .sort(),
    ).toEqual(['Four, not in the file', 'One', 'Three', 'Two, renamed here']);
  });

  it('replaces the conversations already here with the file copies on request', async () => {
    const { built, file, two } = await storeWithExport();
    await built.chat().send('A second message in Four');
    await built.chat().openConversation(two);
    const importing = built.chat().importFile(file.text);
    await answerWhenAsked(built, 'replace');
    expect(await importing).toEqual({
      ok: true,
      message: 'Imported 0 conversations, replaced 3 already here.',
    });
    const titles = built
      .chat()
      .summaries.map((summary) => summary.title)
      .sort();
    expect(titles).toEqual(['Four, not in the file', 'One', 'Three', 'Two']);
    // The open conversation shows the file's copy, and storage holds it.
    expect(built.chat().active).toMatchObject({ id: two, title: 'Two' });
    expect(await built.recording.inner.get(`summary:${two}`)).toMatchObject({ title: 'Two' });
  });

  it('writes nothing when the person cancels', async () => {
    const { built, file } = await storeWithExport();
    const before = await storedSnapshot(built);
    const summaries = built.chat().summaries;
    const importing = built.chat().importFile(file.text);
    await answerWhenAsked(built, 'cancel');
    expect(await importing).toEqual({
      ok: true,
      message: 'Import cancelled: nothing was written.',
    });
    expect(await storedSnapshot(built)).toEqual(before);
    expect(built.chat().summaries).toEqual(summaries);
  });

  it('imports new ones at once, and gives a deleted or repeated id a new one', async () => {
    const { built, file } = await storeWithExport();
    const document = JSON.parse(file.text) as { conversations: { id: string; title: string }[] };
    const [one] = document.conversations.filter((conversation) => conversation.title === 'One');
    await built.chat().deleteConversation(one?.id ?? '');
    const onlyOne = { ...document, conversations: [one, { ...one, title: 'One again' }] };
    // Nothing of this file is here any more: no question, both imported under new ids.
    expect(await built.chat().importFile(JSON.stringify(onlyOne))).toEqual({
      ok: true,
      message: 'Imported 2 conversations.',
    });
    expect(built.chat().pendingImport).toBeNull();
    const ones = built.chat().summaries.filter((summary) => summary.title.startsWith('One'));
    expect(ones).toHaveLength(2);
    expect(ones.map((summary) => summary.id)).not.toContain(one?.id);
    expect(await built.recording.inner.get(`deleted:${one?.id}`)).toBeDefined();
  });

  it('counts the bookings in the file that are already here, and leaves out empty conversations', async () => {
    const built = storeWithReplies();
    await built.chat().init();
    await built.chat().send('Hello');
    const here = JSON.parse((await built.chat().exportAll()).text) as {
      conversations: { id: string }[];
    };
    const empty = { ...here.conversations[0], id: 'empty-one', turns: [] };
    const file = {
      ...here,
      conversations: [empty],
      bookings: [{ reference: 'NOT-HERE' }],
    };
    expect(await built.chat().importFile(JSON.stringify(file))).toEqual({
      ok: true,
      message:
        'Imported 0 conversations. 1 empty conversation in the file was left out. 1 booking in ' +
        'the file was not imported: bookings are only made through a confirmed booking.',
    });
    expect(await built.recording.inner.get('conversation:empty-one')).toBeUndefined();
  });

  it('exports one conversation as Markdown', async () => {
    const built = storeWithReplies();
    await built.chat().init();
    await built.chat().send('Cheap hotel please');
    const file = await built.chat().exportConversation(built.chat().activeId ?? '', 'markdown');
    expect(file.filename).toMatch(/^coalm-cheap-hotel-please-\d{4}-\d\d-\d\d\.md$/);
    expect(file.text).toContain('> Cheap hotel please');
    expect(file.text).toContain('> re: Cheap hotel please');
  });

  it('rejects hostile files with a clear message and leaves existing data as it was', async () => {
    const built = storeWithReplies();
    await built.chat().init();
    await built.chat().send('Precious');
    const good = JSON.parse((await built.chat().exportAll()).text) as { conversations: object[] };
    const before = await storedSnapshot(built);
    const summariesBefore = built.chat().summaries;
    const hostile = [
      JSON.stringify({ ...good, format: 'something-else' }),
      JSON.stringify(good).replace(
        '"title":"Precious"',
        '"title":"Precious","__proto__":{"polluted":true}',
      ),
      JSON.stringify({
        ...good,
        conversations: [{ ...good.conversations[0], title: ['not', 'a', 'string'] }],
      }),
      JSON.stringify({
        ...good,
        conversations: [{ ...good.conversations[0], title: 'x'.repeat(100_000) }],
      }),
      JSON.stringify({
        ...good,
        conversations: Array.from({ length: 6000 }, () => good.conversations[0]),
      }),
      '{"format": "coalm-web-export", "version": 1, "conversations": [',
    ];
    for (const text of hostile) {
      const result = await built.chat().importFile(text);
      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/^Nothing was imported: /);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await storedSnapshot(built)).toEqual(before);
    expect(built.chat().summaries).toEqual(summariesBefore);
    expect(built.chat().notices.filter((notice) => notice.kind === 'import')).toHaveLength(
      hostile.length,
    );
  });
});
