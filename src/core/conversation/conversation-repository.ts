import type { KeyValueStore } from '../storage/key-value-store';
import type { Conversation } from './conversation';
import { summarizeConversation, type ConversationSummary } from './conversation-summary';
import { decodeRecord, isConversation, isConversationSummary } from './record-shape';
import { CONVERSATION_PREFIX, idFromKey, storageKeys, SUMMARY_PREFIX } from './storage-keys';

export interface LoadedSummaries {
  summaries: ConversationSummary[];
  /** Ids whose records could not be read; they are left in storage untouched. */
  corruptIds: string[];
}

export type LoadedConversation =
  { status: 'ok'; conversation: Conversation } | { status: 'missing' } | { status: 'corrupt' };

/**
 * Conversations in a KeyValueStore: `conversation:<id>` holds the whole record and
 * `summary:<id>` its list entry. One save writes exactly those two keys, so the bytes written per
 * turn do not depend on how many conversations exist, and two tabs saving different
 * conversations never touch the same key.
 */
export function createConversationRepository(store: KeyValueStore) {
  async function loadConversation(id: string): Promise<LoadedConversation> {
    const raw = await store.get<unknown>(storageKeys.conversation(id));
    if (raw === undefined) return { status: 'missing' };
    const value = decodeRecord(raw);
    return isConversation(value) ? { status: 'ok', conversation: value } : { status: 'corrupt' };
  }

  async function loadSummaries(): Promise<LoadedSummaries> {
    const keys = await store.keys();
    const summaryIds = keys.flatMap((key) => idFromKey(key, SUMMARY_PREFIX) ?? []);
    const conversationIds = new Set(
      keys.flatMap((key) => idFromKey(key, CONVERSATION_PREFIX) ?? []),
    );
    const records = await store.getMany<unknown>(summaryIds.map(storageKeys.summary));
    const summaries: ConversationSummary[] = [];
    const needRebuild: string[] = [];
    summaryIds.forEach((id, position) => {
      const value = decodeRecord(records[position]);
      if (isConversationSummary(value) && value.id === id) summaries.push(value);
      else needRebuild.push(id);
    });
    // A conversation without a summary (or with a damaged one) is still readable: rebuild its
    // summary from the record rather than hide it.
    const known = new Set(summaries.map((summary) => summary.id));
    for (const id of conversationIds)
      if (!known.has(id) && !needRebuild.includes(id)) needRebuild.push(id);
    const corruptIds: string[] = [];
    for (const id of needRebuild) {
      const loaded = await loadConversation(id);
      if (loaded.status === 'ok') summaries.push(summarizeConversation(loaded.conversation));
      else corruptIds.push(id);
    }
    return { summaries, corruptIds };
  }

  return {
    loadSummaries,
    loadConversation,
    async loadSummary(id: string): Promise<ConversationSummary | undefined> {
      const value = decodeRecord(await store.get<unknown>(storageKeys.summary(id)));
      return isConversationSummary(value) ? value : undefined;
    },
    /** One atomic write (a single IndexedDB transaction) of the record and its summary. */
    async save(conversation: Conversation): Promise<ConversationSummary> {
      const summary = summarizeConversation(conversation);
      await store.setMany([
        [storageKeys.conversation(conversation.id), conversation],
        [storageKeys.summary(conversation.id), summary],
      ]);
      return summary;
    },
    async remove(id: string): Promise<void> {
      await store.delete(storageKeys.summary(id));
      await store.delete(storageKeys.conversation(id));
    },
    /** Every readable conversation, for export; damaged ones are reported, not thrown. */
    async loadAll(): Promise<{ conversations: Conversation[]; corruptIds: string[] }> {
      const keys = await store.keys();
      const ids = keys.flatMap((key) => idFromKey(key, CONVERSATION_PREFIX) ?? []);
      const records = await store.getMany<unknown>(ids.map(storageKeys.conversation));
      const conversations: Conversation[] = [];
      const corruptIds: string[] = [];
      ids.forEach((id, position) => {
        const value = decodeRecord(records[position]);
        if (isConversation(value)) conversations.push(value);
        else corruptIds.push(id);
      });
      return { conversations, corruptIds };
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
