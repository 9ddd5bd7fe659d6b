import type { ConversationSummary } from '../../store/chat/chat-slice';

export type DayLabel = 'Today' | 'Yesterday' | 'Earlier';

export interface DayGroup {
  label: DayLabel;
  summaries: ConversationSummary[];
}

/**
 * Splits summaries (newest first) by the local day of their last change, as seen at `now`.
 * Days are counted on the local calendar, not in 24-hour steps, so "Yesterday" stays right
 * across a daylight-saving change. A time after `now` (another device's clock) counts as today.
 * Empty groups are left out; the order of the summaries is kept.
 */
export function groupByDay(summaries: readonly ConversationSummary[], now: number): DayGroup[] {
  const today = startOfLocalDay(now);
  const yesterday = new Date(today);
  yesterday.setDate(yesterday.getDate() - 1);
  const labelOf = (updatedAt: number): DayLabel =>
    updatedAt >= today.getTime()
      ? 'Today'
      : updatedAt >= yesterday.getTime()
        ? 'Yesterday'
        : 'Earlier';
  const groups: DayGroup[] = [];
  for (const label of ['Today', 'Yesterday', 'Earlier'] as const) {
    const members = summaries.filter((summary) => labelOf(summary.updatedAt) === label);
    if (members.length > 0) groups.push({ label, summaries: members });
  }
  return groups;
}

function startOfLocalDay(time: number): Date {
  const day = new Date(time);
  day.setHours(0, 0, 0, 0);
  return day;
}
