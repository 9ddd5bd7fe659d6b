import { describe, expect, it } from 'vitest';
import { mergeConversations } from './merge-conversation';
import { makeConversation, makeTurn } from './test-conversations';

const base = makeConversation('c', { turns: [makeTurn('first', 'one', { startedAt: 1 })] });

describe('mergeConversations', () => {
  it('keeps the turns both tabs added, in the order they started', () => {
    const a = { ...base, turns: [...base.turns, makeTurn('from a', 'ra', { startedAt: 5 })] };
    const b = { ...base, turns: [...base.turns, makeTurn('from b', 'rb', { startedAt: 3 })] };
    expect(mergeConversations(a, b).turns.map((turn) => turn.user)).toEqual([
      'first',
      'from b',
      'from a',
    ]);
    expect(mergeConversations(b, a)).toEqual(mergeConversations(a, b));
  });

  it('keeps the copy of a turn that got further', () => {
    const streaming = makeTurn('q', 'par', { status: 'streaming', startedAt: 2 });
    const done = makeTurn('q', 'partial and done', { status: 'complete', startedAt: 2 });
    const interrupted = { ...streaming, status: 'interrupted' as const };
    const withTurn = (turn: typeof done) => ({ ...base, turns: [turn] });
    expect(mergeConversations(withTurn(done), withTurn(streaming)).turns[0]).toEqual(done);
    expect(mergeConversations(withTurn(streaming), withTurn(done)).turns[0]).toEqual(done);
    // Another tab only marked it interrupted in its view: the running tab's later save wins.
    expect(mergeConversations(withTurn(interrupted), withTurn(streaming)).turns[0]).toEqual(
      streaming,
    );
  });

  it('never brings back a turn dropped by regenerate or edit', () => {
    const old = makeTurn('q', 'old', { id: 'old', startedAt: 2 });
    const fresh = makeTurn('q', 'new', { id: 'new', startedAt: 4 });
    const stored = { ...base, turns: [...base.turns, old] };
    const mine = { ...base, turns: [...base.turns, fresh], removedTurnIds: ['old'] };
    const merged = mergeConversations(stored, mine);
    expect(merged.turns.map((turn) => turn.id)).toEqual(['turn-first', 'new']);
    expect(mergeConversations(mine, { ...stored, updatedAt: 99 }).turns).toEqual(merged.turns);
  });

  it('takes title and profile from the later metadata change', () => {
    const renamed = { ...base, title: 'Renamed', metaUpdatedAt: 50 };
    const streaming = {
      ...base,
      metaUpdatedAt: 5,
      turns: [...base.turns, makeTurn('new', 'r', { startedAt: 60 })],
      updatedAt: 70,
    };
    const merged = mergeConversations(renamed, streaming);
    expect(merged.title).toBe('Renamed');
    expect(merged.turns).toHaveLength(2);
    expect(merged.updatedAt).toBe(70);
    expect(mergeConversations(streaming, renamed).title).toBe('Renamed');
  });

  it('merges the version shown at each fork, the later choice winning where both chose', () => {
    const turns = ['a', 'b', 'c', 'd'].map((id) => makeTurn(id, 'r', { id, startedAt: 2 }));
    const withTurns = { ...base, turns: [...base.turns, ...turns] };
    const earlier = { ...withTurns, activeChildren: { x: 'a', y: 'b' }, pathUpdatedAt: 5 };
    const later = { ...withTurns, activeChildren: { y: 'c', z: 'd' }, pathUpdatedAt: 9 };
    const merged = mergeConversations(earlier, later);
    expect(merged.activeChildren).toEqual({ x: 'a', y: 'c', z: 'd' });
    expect(merged.pathUpdatedAt).toBe(9);
    expect(mergeConversations(later, earlier)).toEqual(merged);
    expect(mergeConversations(merged, later)).toEqual(merged);
    // A tie is settled by the turn ids, so the order of saves still does not matter.
    const tied = { ...later, pathUpdatedAt: 5 };
    expect(mergeConversations(earlier, tied).activeChildren).toEqual(
      mergeConversations(tied, earlier).activeChildren,
    );
    // A choice of a dropped turn goes with it.
    const dropped = mergeConversations(later, { ...earlier, removedTurnIds: ['d'] });
    expect(dropped.activeChildren).toEqual({ x: 'a', y: 'c' });
  });

  it('returns my copy when nothing is stored', () => {
    expect(mergeConversations(undefined, base)).toBe(base);
  });
});
