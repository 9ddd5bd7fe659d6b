/** Every IndexedDB key the app writes, in one place (docs/storage.md lists them too). */
export const storageKeys = {
  schemaVersion: 'schema-version',
  settings: 'settings',
  /** Schema 1 only: one record holding every summary. Removed by the v1 -> v2 migration. */
  legacyConversationIndex: 'conversation-index',
  conversation: (id: string) => `conversation:${id}`,
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
