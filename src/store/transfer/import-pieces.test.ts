import { describe, expect, it } from 'vitest';
import { makeConversation, makeTurn } from '../../core/conversation/test-conversations';
import { approximateTurnSize } from '../../core/conversation/turn-slices';
import { createImportAssembler, splitParsedImport } from './import-pieces';
import type { ParsedImport } from './parse-import';

function reassemble(parsed: ParsedImport, slice: number) {
  const pieces = [...splitParsedImport(parsed, slice)];
  // Each piece crosses a thread boundary as a structured clone.
  const assembler = createImportAssembler();
  const results = pieces.map((piece) => assembler.add(structuredClone(piece)));
  return { pieces, result: results.at(-1), early: results.slice(0, -1) };
}

describe('import pieces', () => {
  const long = (index: number) =>
    makeTurn(`q${String(index).padStart(2, '0')}`, 'x'.repeat(1_000), { id: `t${index}` });
  const parsed: ParsedImport = {
    ok: true,
    bookingReferences: ['R1'],
    conversations: [
      makeConversation('a', { turns: Array.from({ length: 25 }, (_, index) => long(index)) }),
      makeConversation('empty'),
      makeConversation('b', { turns: [long(99)] }),
    ],
  };

  it('hands over the same import in slices no larger than asked', () => {
    const slice = approximateTurnSize(long(0)) * 4;
    const { pieces, result, early } = reassemble(parsed, slice);
    expect(result).toEqual(parsed);
    expect(early.every((answer) => answer === undefined)).toBe(true);
    const turnPieces = pieces.flatMap((piece) => (piece.kind === 'turns' ? [piece] : []));
    expect(turnPieces).toHaveLength(8); // 25 turns in slices of 4, then 1
    for (const piece of turnPieces)
      expect(
        piece.turns.reduce((sum, turn) => sum + approximateTurnSize(turn), 0),
      ).toBeLessThanOrEqual(slice);
  });

  it('hands over a refusal as it is', () => {
    const refused: ParsedImport = { ok: false, message: 'Nothing was imported: not JSON.' };
    expect(reassemble(refused, 10).result).toEqual(refused);
  });
});
