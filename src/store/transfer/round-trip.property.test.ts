import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExportDocument, exportJsonFile, exportMarkdownFile } from './export-files';
import { parseImportFile } from './parse-import';
import type { Conversation } from '../../core/conversation/conversation';

const NOW = Date.UTC(2026, 11, 7, 12);

// Times as hostile files write them: real moments, but also negatives, fractions, far futures
// and values no Date can hold.
const time = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: NOW }) },
  { weight: 1, arbitrary: fc.constantFrom(1e300, -1, 0.5, NOW + 10 * 86_400_000, 8.64e15 + 1) },
  { weight: 1, arbitrary: fc.double() },
);
const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', '**', '</details>', '# x'),
);
const argumentValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 3 }),
  ),
})).value;

const step = fc.record(
  {
    index: fc.nat(5),
    stage: fc.constantFrom('action', 'response', 'repair'),
    prompt: fc.array(
      fc.record({ role: fc.constantFrom('system', 'user', 'assistant'), content: text }),
      {
        maxLength: 3,
      },
    ),
    raw: text,
    thought: text,
    call: fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      name: fc.constantFrom('FindRestaurants', 'ReserveHotel'),
      arguments: fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), argumentValue, {
        maxKeys: 3,
      }),
    }),
    observation: text,
    error: text,
    // A server that reports no cache use (Ollama) leaves prefilledTokens out.
    usage: fc.record(
      {
        promptTokens: fc.nat(5000),
        prefilledTokens: fc.nat(5000),
        completionTokens: fc.nat(400),
        cachedTokens: fc.nat(5000),
      },
      { requiredKeys: ['promptTokens', 'completionTokens'] },
    ),
    startedAt: time,
    endedAt: time,
  },
  { requiredKeys: ['index', 'stage', 'prompt', 'raw', 'startedAt'] },
);

const turn = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 8 }),
    parentId: fc.option(fc.string({ minLength: 1, maxLength: 8 })),
    user: text,
    steps: fc.array(step, { maxLength: 2 }),
    reply: text,
    status: fc.constantFrom('streaming', 'complete', 'interrupted', 'aborted', 'error'),
    startedAt: time,
    endedAt: time,
    state: fc.dictionary(
      fc.constantFrom('restaurant', 'hotel'),
      fc.dictionary(fc.string(), fc.string(), { maxKeys: 2 }),
    ),
  },
  { requiredKeys: ['id', 'user', 'steps', 'reply', 'status', 'startedAt'] },
);

const conversation = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 12 }),
    title: text,
    createdAt: time,
    updatedAt: time,
    profile: fc.constantFrom('cra-exact', 'cra-chat'),
    turns: fc.array(turn, { maxLength: 3 }),
    modelId: fc.string({ maxLength: 12 }),
    activeChildren: fc.dictionary(
      fc.string({ maxLength: 8 }),
      fc.string({ minLength: 1, maxLength: 8 }),
      { maxKeys: 3 },
    ),
    pathUpdatedAt: time,
  },
  { requiredKeys: ['id', 'title', 'createdAt', 'updatedAt', 'profile', 'turns'] },
);

const importFile = fc.record({
  format: fc.constant('coalm-web-export'),
  version: fc.constant(1),
  exportedAt: fc.constant(new Date(NOW).toISOString()),
  conversations: fc.array(conversation, { maxLength: 3 }),
  bookings: fc.constant([]),
});

describe('import, export, import', () => {
  it('everything the importer accepts exports as JSON and Markdown and imports as the same data', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(importFile, (file) => {
        const first = parseImportFile(JSON.stringify(file), NOW);
        if (!first.ok) {
          refused += 1;
          expect(first.message).toMatch(/^Nothing was imported: /);
          return;
        }
        accepted += 1;
        for (const imported of first.conversations) {
          expect(() => exportMarkdownFile(imported, NOW)).not.toThrow();
        }
        const exported = exportJsonFile(buildExportDocument(first.conversations, [], NOW), 'x');
        const second = parseImportFile(exported.text, NOW);
        expect(second).toEqual(first);
      }),
      { numRuns: 400, seed: 20261207 },
    );
    // Both sides of the check were exercised: the property is not passing vacuously.
    expect(accepted).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(40);
  });

  it('keeps the versions of turns and the version shown at each fork', () => {
    const turn = { user: 'u', reply: 'r', status: 'complete' as const, startedAt: 1, steps: [] };
    const versions: Conversation = {
      id: 'c',
      title: 't',
      createdAt: 1,
      updatedAt: 1,
      profile: 'cra-exact',
      turns: [
        { ...turn, id: 'a' },
        { ...turn, id: 'b' },
        { ...turn, id: 'b2', parentId: 'a' },
        { ...turn, id: 'a2', parentId: null },
      ],
      activeChildren: { '': 'a', a: 'b' },
      pathUpdatedAt: 5,
    };
    const parsed = parseImportFile(JSON.stringify(buildExportDocument([versions], [], NOW)), NOW);
    expect(parsed).toMatchObject({ ok: true, conversations: [versions] });
  });

  it('refuses the time that once broke the Markdown export, saying where', () => {
    const file = buildExportDocument(
      [{ id: 'c', title: 't', createdAt: 1, updatedAt: 1e300, profile: 'cra-exact', turns: [] }],
      [],
      NOW,
    );
    const parsed = parseImportFile(JSON.stringify(file), NOW);
    expect(parsed).toEqual({
      ok: false,
      message: expect.stringMatching(
        /conversations\.0\.updatedAt.*later than the moment of import/,
      ),
    });
  });
});
