import { describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../store/chat/chat-slice';
import { groupByDay } from './group-by-day';

// Local times, built with the local calendar, so the test holds in every time zone.
const at = (day: number, hour: number, minute = 0) =>
  new Date(2026, 2, day, hour, minute).getTime();

function summary(id: string, updatedAt: number): ConversationSummary {
  return { id, title: id, updatedAt, turnCount: 1, searchText: id };
}

const labelsAndIds = (groups: ReturnType<typeof groupByDay>) =>
  groups.map((group) => [group.label, group.summaries.map((s) => s.id)]);

describe('groupByDay', () => {
  it('splits by the local day of the last change, keeping the order', () => {
    const now = at(20, 9, 30);
    const summaries = [
      summary('future', at(20, 23)),
      summary('this-morning', at(20, 0, 0)),
      summary('late-last-night', at(19, 23, 59)),
      summary('yesterday-dawn', at(19, 0, 0)),
      summary('two-days-ago', at(18, 23, 59)),
      summary('last-year', new Date(2025, 11, 31).getTime()),
    ];
    expect(labelsAndIds(groupByDay(summaries, now))).toEqual([
      ['Today', ['future', 'this-morning']],
      ['Yesterday', ['late-last-night', 'yesterday-dawn']],
      ['Earlier', ['two-days-ago', 'last-year']],
    ]);
  });

  it('uses the clock it is given: the same list a day later moves down a group', () => {
    const summaries = [summary('a', at(20, 12)), summary('b', at(19, 12))];
    expect(labelsAndIds(groupByDay(summaries, at(20, 13)))).toEqual([
      ['Today', ['a']],
      ['Yesterday', ['b']],
    ]);
    expect(labelsAndIds(groupByDay(summaries, at(21, 0, 1)))).toEqual([
      ['Yesterday', ['a']],
      ['Earlier', ['b']],
    ]);
  });

  it('counts calendar days across a month boundary, and leaves out empty groups', () => {
    const now = new Date(2026, 3, 1, 8).getTime(); // 1 April
    const summaries = [summary('march-31', new Date(2026, 2, 31, 22).getTime())];
    expect(labelsAndIds(groupByDay(summaries, now))).toEqual([['Yesterday', ['march-31']]]);
    expect(groupByDay([], now)).toEqual([]);
  });
});
