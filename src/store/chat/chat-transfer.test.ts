import { describe, expect, it } from 'vitest';
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
    const original = await source.recording.inner.get(`conversation:${id}`);
    expect(target.chat().active).toEqual(original);
  });

  it('gives imported conversations new ids when theirs are taken', async () => {
    const built = storeWithReplies();
    await built.chat().init();
    await built.chat().send('Only one');
    const file = await built.chat().exportConversation(built.chat().activeId ?? '', 'json');
    expect(await built.chat().importFile(file.text)).toMatchObject({ ok: true });
    const ids = built.chat().summaries.map((summary) => summary.id);
    expect(new Set(ids).size).toBe(2);
    expect(built.chat().summaries.map((summary) => summary.title)).toEqual([
      'Only one',
      'Only one',
    ]);
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
