import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Conversation, Turn } from './conversation';
import { makeConversation, makeTurn } from './test-conversations';
import {
  continuationParent,
  historyBefore,
  parentOf,
  pathTo,
  ROOT_CHOICE,
  showVersion,
  shownFrom,
  shownPath,
  versionsOf,
} from './turn-tree';

const turn = (id: string, parentId?: string | null): Turn =>
  makeTurn(id, `reply ${id}`, { id, ...(parentId !== undefined ? { parentId } : {}) });
const ids = (turns: readonly Turn[]) => turns.map((item) => item.id);
const withTurns = (turns: Turn[], extra: Partial<Conversation> = {}) =>
  makeConversation('c', { turns, ...extra });

describe('the turn tree', () => {
  it('reads turns without parents as one line, as records from before versions are', () => {
    const conversation = withTurns([turn('a'), turn('b'), turn('c')]);
    expect(ids(shownPath(conversation))).toEqual(['a', 'b', 'c']);
    expect(versionsOf(conversation, 'b')).toEqual({ ids: ['b'], index: 0 });
    expect(parentOf(conversation, 'a')).toBeNull();
    expect(continuationParent(conversation)).toBeUndefined();
  });

  it('shows the newest version of a regenerated turn unless another was chosen', () => {
    // c2 regenerates c (same parent b); d follows c2 in stored order.
    const conversation = withTurns([turn('a'), turn('b'), turn('c'), turn('c2', 'b'), turn('d')]);
    expect(ids(shownPath(conversation))).toEqual(['a', 'b', 'c2', 'd']);
    expect(versionsOf(conversation, 'c2')).toEqual({ ids: ['c', 'c2'], index: 1 });

    const back = showVersion(conversation, 'c', 7);
    expect(back.activeChildren).toEqual({ b: 'c' });
    expect(back.pathUpdatedAt).toBe(7);
    expect(ids(shownPath(back))).toEqual(['a', 'b', 'c']);
    // The other branch is kept, and is what a send after switching back continues.
    expect(ids(pathTo(back, 'd'))).toEqual(['a', 'b', 'c2', 'd']);
    expect(continuationParent(back)).toBe('c');
  });

  it('lets an edit of the first message start a second first turn', () => {
    const conversation = withTurns([turn('a'), turn('b'), turn('a2', null)]);
    expect(ids(shownPath(conversation))).toEqual(['a2']);
    expect(versionsOf(conversation, 'a')).toEqual({ ids: ['a', 'a2'], index: 0 });
    const first = showVersion(conversation, 'a', 3);
    expect(first.activeChildren).toEqual({ [ROOT_CHOICE]: 'a' });
    expect(ids(shownPath(first))).toEqual(['a', 'b']);
  });

  it('builds the prompt history from the turns before the one being replaced', () => {
    const conversation = withTurns([turn('a'), turn('b'), turn('c')]);
    expect(ids(historyBefore(conversation))).toEqual(['a', 'b', 'c']);
    expect(ids(historyBefore(conversation, 'a'))).toEqual(['a']);
    expect(historyBefore(conversation, null)).toEqual([]);
    expect(ids(shownFrom(conversation, 'b'))).toEqual(['b', 'c']);
  });

  it('ignores a parent that names no earlier turn, so a damaged record cannot loop', () => {
    const conversation = withTurns([turn('a', 'b'), turn('b', 'a'), turn('c', 'missing')]);
    expect(ids(shownPath(conversation))).toEqual(['a', 'b', 'c']);
    // A choice naming no child of that fork falls back to the newest child.
    expect(ids(shownPath({ ...conversation, activeChildren: { a: 'zz' } }))).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

/** A random tree grown the way the app grows one: sends, regenerations and edits. */
const grownConversation = fc
  .array(fc.tuple(fc.nat(), fc.boolean(), fc.nat()), { minLength: 1, maxLength: 30 })
  .map((moves) => {
    let conversation = withTurns([]);
    moves.forEach(([pick, fork, choose], index) => {
      const id = `t${index}`;
      const { turns } = conversation;
      const target = turns.length > 0 ? turns[pick % turns.length] : undefined;
      // A fork adds a version beside `target`; otherwise the turn continues the shown path.
      const parentId =
        fork && target
          ? (parentOf(conversation, target.id) ?? null)
          : continuationParent(conversation);
      const added = makeTurn(id, 'r', {
        id,
        startedAt: index,
        ...(parentId !== undefined ? { parentId } : {}),
      });
      conversation = { ...conversation, turns: [...turns, added] };
      if (fork) conversation = showVersion(conversation, id, index);
      const all = conversation.turns;
      const switched = all[choose % all.length];
      if (choose % 3 === 0 && switched)
        conversation = showVersion(conversation, switched.id, index);
    });
    return conversation;
  });

describe('the turn tree, for any sequence of sends, regenerations, edits and switches', () => {
  it('shows a path of parent and child that ends where nothing follows', () => {
    fc.assert(
      fc.property(grownConversation, (conversation) => {
        const path = shownPath(conversation);
        expect(parentOf(conversation, path[0]!.id)).toBeNull();
        path.slice(1).forEach((item, index) => {
          expect(parentOf(conversation, item.id)).toBe(path[index]!.id);
        });
        const leaf = path.at(-1)!.id;
        expect(conversation.turns.some((item) => parentOf(conversation, item.id) === leaf)).toBe(
          false,
        );
      }),
    );
  });

  it('keeps every turn reachable: each one is on the path to itself, among its versions', () => {
    fc.assert(
      fc.property(grownConversation, (conversation) => {
        for (const item of conversation.turns) {
          expect(pathTo(conversation, item.id).at(-1)).toBe(item);
          const versions = versionsOf(conversation, item.id);
          expect(versions.ids[versions.index]).toBe(item.id);
          // Showing a version puts it on the shown path.
          expect(shownPath(showVersion(conversation, item.id, 99))).toContain(item);
        }
      }),
    );
  });

  it('sends continue the shown path', () => {
    fc.assert(
      fc.property(grownConversation, (conversation) => {
        const before = shownPath(conversation);
        const parentId = continuationParent(conversation);
        const sent = makeTurn('next', 'r', {
          id: 'next',
          ...(parentId !== undefined ? { parentId } : {}),
        });
        const after = shownPath({ ...conversation, turns: [...conversation.turns, sent] });
        expect(ids(after)).toEqual([...ids(before), 'next']);
      }),
    );
  });
});
