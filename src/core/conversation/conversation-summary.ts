import type { Conversation } from './conversation';
import { shownPath } from './turn-tree';

/** What the conversation list needs, small enough to load a thousand of them at start-up. */
export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: number;
  turnCount: number;
  /** Lower-cased title and user text, for the search box. */
  searchText: string;
}

/** Caps the summary so that a long conversation does not make every turn's write grow. */
export const SEARCH_TEXT_LIMIT = 4000;

export function summarizeConversation(conversation: Conversation): ConversationSummary {
  const searchText = [conversation.title, ...conversation.turns.map((turn) => turn.user)]
    .join('\n')
    .toLowerCase()
    .slice(0, SEARCH_TEXT_LIMIT);
  return {
    id: conversation.id,
    title: conversation.title,
    updatedAt: conversation.updatedAt,
    // The turns shown: other versions (regenerate, edit) are one switch away, not more turns.
    turnCount: shownPath(conversation).length,
    searchText,
  };
}

export function sortSummaries(summaries: readonly ConversationSummary[]): ConversationSummary[] {
  return [...summaries].sort(
    (left, right) => right.updatedAt - left.updatedAt || left.id.localeCompare(right.id),
  );
}

/** Every whitespace-separated word of the query must appear somewhere in the summary. */
export function searchSummaries(
  summaries: readonly ConversationSummary[],
  query: string,
): ConversationSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...summaries];
  return summaries.filter((summary) => words.every((word) => summary.searchText.includes(word)));
}

/** Replaces (or adds) one summary and keeps the list sorted. */
export function upsertSummary(
  summaries: readonly ConversationSummary[],
  summary: ConversationSummary,
): ConversationSummary[] {
  return sortSummaries([...summaries.filter((other) => other.id !== summary.id), summary]);
}
