import type { Conversation } from './conversation';
import { shownPath } from './turn-tree';

/** What the conversation list needs, small enough to load a thousand of them at start-up. */
export interface ConversationSummary {
  id: string;
  title: string;
  updatedAt: number;
  turnCount: number;
  /** Lower-cased title, user text and replies, for the search box (capped). */
  searchText: string;
}

/** Caps the summary so that a long conversation does not make every turn's write grow. */
export const SEARCH_TEXT_LIMIT = 4000;
/**
 * Each message adds at most this much, so one long reply cannot fill the whole budget and the
 * later turns of a conversation stay findable.
 */
export const SEARCH_PIECE_LIMIT = 400;

export function summarizeConversation(conversation: Conversation): ConversationSummary {
  return {
    id: conversation.id,
    title: conversation.title,
    updatedAt: conversation.updatedAt,
    // The turns shown: other versions (regenerate, edit) are one switch away, not more turns.
    turnCount: shownPath(conversation).length,
    searchText: searchTextOf(conversation),
  };
}

/**
 * Title, then each turn's message and reply, in order, until the cap. Every piece is cut before
 * it is cleaned, and the walk stops at the cap, so a 30 MB conversation costs a few kilobytes
 * here, never a copy of itself.
 */
function searchTextOf(conversation: Conversation): string {
  let text = clean(conversation.title);
  // The versions shown; the others are one switch away and would crowd the capped text.
  for (const turn of shownPath(conversation)) {
    for (const piece of [turn.user, turn.reply]) {
      if (text.length >= SEARCH_TEXT_LIMIT) return text.slice(0, SEARCH_TEXT_LIMIT);
      const cleaned = clean(piece);
      if (cleaned.length > 0) text += `\n${cleaned}`;
    }
  }
  return text.slice(0, SEARCH_TEXT_LIMIT);
}

function clean(piece: string): string {
  return piece
    .slice(0, SEARCH_PIECE_LIMIT * 2)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, SEARCH_PIECE_LIMIT)
    .toLowerCase();
}

/** A conversation is listed from its first message on; an empty one is a draft, never listed. */
export function isListed(summary: ConversationSummary): boolean {
  return summary.turnCount > 0;
}

/** The listed summaries, newest first. */
export function sortSummaries(summaries: readonly ConversationSummary[]): ConversationSummary[] {
  return summaries
    .filter(isListed)
    .sort((left, right) => right.updatedAt - left.updatedAt || left.id.localeCompare(right.id));
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

/** Replaces (or adds) one summary and keeps the list sorted (and free of empty conversations). */
export function upsertSummary(
  summaries: readonly ConversationSummary[],
  summary: ConversationSummary,
): ConversationSummary[] {
  return sortSummaries([...summaries.filter((other) => other.id !== summary.id), summary]);
}
