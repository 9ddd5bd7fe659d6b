import { describe, expect, it } from 'vitest';
import {
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

  it('counts turns and lower-cases title and user text for search', () => {
    const summary = summarizeConversation(conversation);
    expect(summary.turnCount).toBe(2);
    expect(summary.searchText).toContain('dinner in town');
    expect(summary.searchText).toContain('thai place in the centre');
    expect(summary.searchText).not.toContain('booked'); // replies are not searched
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
    const long = makeConversation('b', { turns: [makeTurn('x'.repeat(10_000), '')] });
    expect(summarizeConversation(long).searchText.length).toBe(SEARCH_TEXT_LIMIT);
  });

  it('finds summaries containing every word of the query, in any case', () => {
    const other = summarizeConversation(makeConversation('c', { title: 'Train to Ely' }));
    const summaries = [summarizeConversation(conversation), other];
    expect(searchSummaries(summaries, 'THAI four').map((s) => s.id)).toEqual(['a']);
    expect(searchSummaries(summaries, 'ely').map((s) => s.id)).toEqual(['c']);
    expect(searchSummaries(summaries, 'thai ely')).toEqual([]);
    expect(searchSummaries(summaries, '  ')).toHaveLength(2);
  });

  it('sorts newest first and replaces a summary in place of its old version', () => {
    const older = summarizeConversation(makeConversation('old', { updatedAt: 5 }));
    const newer = summarizeConversation(makeConversation('new', { updatedAt: 50 }));
    expect(sortSummaries([older, newer]).map((s) => s.id)).toEqual(['new', 'old']);
    const touched = { ...older, updatedAt: 100 };
    expect(upsertSummary([newer, older], touched).map((s) => [s.id, s.updatedAt])).toEqual([
      ['old', 100],
      ['new', 50],
    ]);
  });
});
