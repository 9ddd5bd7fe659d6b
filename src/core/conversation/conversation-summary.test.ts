import { describe, expect, it } from 'vitest';
import {
  SEARCH_PIECE_LIMIT,
  SEARCH_TEXT_LIMIT,
  searchSummaries,
  sortSummaries,
  summarizeConversation,
  upsertSummary,
} from './conversation-summary';
import { makeConversation, makeTurn } from './test-conversations';

describe('conversation summaries', () => {
  const conversation = makeConversation('a', {
    title: 'Dinner in Town',
    turns: [makeTurn('A Thai place in the CENTRE', 'ok'), makeTurn('for four people', 'booked')],
  });

  it('counts turns and lower-cases title, user text and replies for search', () => {
    const summary = summarizeConversation(conversation);
    expect(summary.turnCount).toBe(2);
    expect(summary.searchText).toContain('dinner in town');
    expect(summary.searchText).toContain('thai place in the centre');
    expect(summary.searchText).toContain('booked');
  });

  it("finds a conversation by words only the agent's reply has", () => {
    const replied = makeConversation('r', {
      title: 'Food',
      turns: [makeTurn('somewhere to eat', 'The Golden Curry serves Indian food.')],
    });
    const summaries = [summarizeConversation(replied), summarizeConversation(conversation)];
    expect(searchSummaries(summaries, 'golden curry').map((s) => s.id)).toEqual(['r']);
  });

  it('counts the turns shown, not the other versions', () => {
    const regenerated = makeConversation('v', {
      turns: [
        ...conversation.turns,
        makeTurn('for four people', 'again', {
          id: 'v2',
          parentId: 'turn-A Thai place in the CENTRE',
        }),
      ],
    });
    expect(summarizeConversation(regenerated).turnCount).toBe(2);
  });

  it('caps the search text so a long conversation keeps a small summary', () => {
    const turns = Array.from({ length: 50 }, (_, index) =>
      makeTurn(`question ${index} ${'x'.repeat(10_000)}`, `answer ${index} ${'y'.repeat(10_000)}`),
    );
    const searchText = summarizeConversation(makeConversation('b', { turns })).searchText;
    expect(searchText.length).toBe(SEARCH_TEXT_LIMIT);
    // One long message takes at most its share, so later turns still count.
    expect(searchText).toContain('answer 0');
    expect(searchText).toContain('question 4');
    expect(searchText.split('\n').every((piece) => piece.length <= SEARCH_PIECE_LIMIT)).toBe(true);
  });

  it('reads only the start of a huge message (a 30 MB reply costs no 30 MB string)', () => {
    // A stand-in for a huge string that records what is asked of it: only a short slice.
    const asked: string[] = [];
    const huge = {
      length: 30_000_000,
      slice(start: number, end: number) {
        asked.push(`slice(${start}, ${end})`);
        return 'z '.repeat(end / 2);
      },
    } as unknown as string;
    const summary = summarizeConversation(
      makeConversation('h', { turns: [makeTurn('hi', huge), makeTurn('later', 'end')] }),
    );
    expect(asked).toEqual([`slice(0, ${SEARCH_PIECE_LIMIT * 2})`]);
    expect(summary.searchText).toContain('later');
  });

  it('finds summaries containing every word of the query, in any case', () => {
    const other = summarizeConversation(makeConversation('c', { title: 'Train to Ely' }));
    const summaries = [summarizeConversation(conversation), other];
    expect(searchSummaries(summaries, 'THAI four').map((s) => s.id)).toEqual(['a']);
    expect(searchSummaries(summaries, 'ely').map((s) => s.id)).toEqual(['c']);
    expect(searchSummaries(summaries, 'thai ely')).toEqual([]);
    expect(searchSummaries(summaries, '  ')).toHaveLength(2);
  });

  it('never lists an empty conversation (a draft before its first message)', () => {
    const empty = summarizeConversation(makeConversation('empty', { updatedAt: 99 }));
    const used = summarizeConversation(conversation);
    expect(sortSummaries([empty, used]).map((s) => s.id)).toEqual(['a']);
    expect(upsertSummary([used], empty).map((s) => s.id)).toEqual(['a']);
  });

  it('sorts newest first and replaces a summary in place of its old version', () => {
    const older = summarizeConversation(
      makeConversation('old', { updatedAt: 5, turns: [makeTurn('hi', 'hello')] }),
    );
    const newer = summarizeConversation(
      makeConversation('new', { updatedAt: 50, turns: [makeTurn('hi', 'hello')] }),
    );
    expect(sortSummaries([older, newer]).map((s) => s.id)).toEqual(['new', 'old']);
    const touched = { ...older, updatedAt: 100 };
    expect(upsertSummary([newer, older], touched).map((s) => [s.id, s.updatedAt])).toEqual([
      ['old', 100],
      ['new', 50],
    ]);
  });
});
