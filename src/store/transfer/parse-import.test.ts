import { describe, expect, it } from 'vitest';
import { buildExportDocument } from './export-files';
import { importLimits } from './import-limits';
import { parseImportFile, readImportSource } from './parse-import';

const conversation = {
  id: 'c1',
  title: 'Trip',
  createdAt: 1,
  updatedAt: 2,
  profile: 'cra-exact' as const,
  turns: [
    { id: 't1', user: 'hi', steps: [], reply: 'hello', status: 'complete' as const, startedAt: 1 },
  ],
};
const NOW = Date.UTC(2026, 11, 7);
const ollamaTransport = {
  route: 'ollama-generate' as const,
  endpoint: 'http://localhost:11434/api/generate',
  grammar: 'none' as const,
};
const valid = () => buildExportDocument([conversation], [], 0);

function refusal(file: unknown) {
  const parsed = parseImportFile(typeof file === 'string' ? file : JSON.stringify(file), NOW);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? '' : parsed.message;
}

describe('parseImportFile', () => {
  it('accepts a file the app exported', () => {
    const parsed = parseImportFile(JSON.stringify(valid()), NOW);
    expect(parsed).toMatchObject({
      ok: true,
      conversations: [conversation],
      bookingReferences: [],
    });
  });

  it('keeps the usage of a server call that did not report its prefill', () => {
    const step = {
      index: 0,
      stage: 'response' as const,
      prompt: [],
      raw: 'System: hello',
      startedAt: 1,
      usage: { promptTokens: 812, completionTokens: 9, transport: ollamaTransport },
    };
    const withUsage = { ...conversation, turns: [{ ...conversation.turns[0]!, steps: [step] }] };
    const parsed = parseImportFile(JSON.stringify(buildExportDocument([withUsage], [], 0)), NOW);
    expect(parsed).toMatchObject({ ok: true, conversations: [withUsage] });
  });

  it('refuses files that are not an export', () => {
    expect(refusal('not json')).toMatch(/not valid JSON/);
    expect(refusal([1, 2])).toMatch(/not a coalm-web-export file/);
    expect(refusal({ ...valid(), format: 'other-app' })).toMatch(/not a coalm-web-export file/);
    expect(refusal({ ...valid(), version: 2 })).toMatch(/version 2 is not supported/);
  });

  it('refuses prototype-pollution keys anywhere in the file', () => {
    const hostile = JSON.stringify(valid()).replace(
      '"title":"Trip"',
      '"title":"Trip","__proto__":{"admin":true}',
    );
    expect(refusal(hostile)).toMatch(/forbidden key "__proto__"/);
    const nested = {
      ...valid(),
      conversations: [
        { ...conversation, turns: [{ ...conversation.turns[0], constructor: { prototype: {} } }] },
      ],
    };
    expect(refusal(nested)).toMatch(/forbidden key "constructor"/);
  });

  it('refuses wrong types, huge strings and too many records', () => {
    expect(refusal({ ...valid(), conversations: [{ ...conversation, title: 42 }] })).toMatch(
      /conversations\.0\.title/,
    );
    const huge = 'x'.repeat(importLimits.textCharacters + 1);
    expect(
      refusal({
        ...valid(),
        conversations: [{ ...conversation, turns: [{ ...conversation.turns[0], reply: huge }] }],
      }),
    ).toMatch(/conversations\.0\.turns\.0\.reply/);
    const many = Array.from({ length: importLimits.conversations + 1 }, (_, index) => ({
      ...conversation,
      id: `c${index}`,
      turns: [],
    }));
    expect(refusal({ ...valid(), conversations: many })).toMatch(/conversations/);
    expect(refusal('x'.repeat(importLimits.fileCharacters + 1))).toMatch(/larger than/);
  });
});

describe('readImportSource', () => {
  it('reads a file as its text, and turns a file that cannot be read into a refusal', async () => {
    const text = JSON.stringify(valid());
    expect(await readImportSource(new Blob([text]))).toBe(text);
    expect(await readImportSource(text)).toBe(text);
    const unreadable = new Blob(['x']);
    unreadable.text = () => Promise.reject(new Error('NotReadableError'));
    expect(await readImportSource(unreadable)).toEqual({
      ok: false,
      message: expect.stringMatching(/could not be read.*NotReadableError/),
    });
  });
});
