/** Every IndexedDB key the app writes, in one place (docs/storage.md lists them too). */
export const storageKeys = {
  schemaVersion: 'schema-version',
  settings: 'settings',
  /** Schema 1 only: one record holding every summary. Removed by the v1 -> v2 migration. */
  legacyConversationIndex: 'conversation-index',
  /** Schema 4: the conversation's head (conversation-record.ts); schema 3 held it whole. */
  conversation: (id: string) => `conversation:${id}`,
  /**
   * Schema 4: one turn. `%` and `:` in the conversation id are escaped, so that no pair of ids
   * can make the same key (a `:` inside an imported id would otherwise) and a conversation's
   * prefix, `turn:<id>:`, matches its own turns only. (Not encodeURIComponent: it throws on a
   * lone surrogate, which an imported id may hold.)
   */
  turn: (conversationId: string, turnId: string) =>
    `turn:${conversationId.replaceAll('%', '%25').replaceAll(':', '%3A')}:${turnId}`,
  summary: (id: string) => `summary:${id}`,
  /** Schema 3: a deleted conversation's tombstone; no later save may bring the id back. */
  deleted: (id: string) => `deleted:${id}`,
} as const;

export const CONVERSATION_PREFIX = 'conversation:';
export const SUMMARY_PREFIX = 'summary:';
export const DELETED_PREFIX = 'deleted:';

export function idFromKey(key: string, prefix: string): string | undefined {
  return key.startsWith(prefix) ? key.slice(prefix.length) : undefined;
}
