import type { Turn } from '../../core/conversation/conversation';
import {
  approximateTurnSize,
  slicesBySize,
  SLICE_CHARACTERS,
} from '../../core/conversation/turn-slices';
import type { ParsedImport } from './parse-import';

/**
 * A checked import, handed from the worker to the page in pieces. The page decodes each message
 * in one task: a 30 MB file as one message held the page for about 170 ms; its turns in slices of
 * about 2 MB hold it a few milliseconds each.
 */
export type ImportPiece =
  | { kind: 'start'; parsed: ParsedImport }
  | { kind: 'turns'; conversation: number; turns: Turn[] }
  | { kind: 'end' };

/** The pieces of `parsed`: its frame with every turn list empty, then the turns in slices. */
export function* splitParsedImport(
  parsed: ParsedImport,
  sliceCharacters = SLICE_CHARACTERS,
): Generator<ImportPiece> {
  if (!parsed.ok) {
    yield { kind: 'start', parsed };
    yield { kind: 'end' };
    return;
  }
  const frame = parsed.conversations.map((conversation) => ({ ...conversation, turns: [] }));
  yield { kind: 'start', parsed: { ...parsed, conversations: frame } };
  for (const [conversation, { turns }] of parsed.conversations.entries())
    for (const slice of slicesBySize(turns, approximateTurnSize, sliceCharacters))
      yield { kind: 'turns', conversation, turns: slice };
  yield { kind: 'end' };
}

/** Puts the pieces back together, in the order they were sent; `add` answers at the end. */
export function createImportAssembler() {
  let parsed: ParsedImport | undefined;
  return {
    add(piece: ImportPiece): ParsedImport | undefined {
      if (piece.kind === 'start') parsed = piece.parsed;
      else if (piece.kind === 'turns' && parsed?.ok)
        parsed.conversations[piece.conversation]?.turns.push(...piece.turns);
      else if (piece.kind === 'end') return parsed;
      return undefined;
    },
  };
}
