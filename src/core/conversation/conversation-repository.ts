import type { KeyValueStore } from '../storage/key-value-store';
import type { Conversation } from './conversation';
import { summarizeConversation, type ConversationSummary } from './conversation-summary';
import { decodeRecord, isConversation, isConversationSummary } from './record-shape';
import { mergeConversations } from './merge-conversation';
import {
  CONVERSATION_PREFIX,
  DELETED_PREFIX,
  idFromKey,
  storageKeys,
  SUMMARY_PREFIX,
} from './storage-keys';

/** Runs `task` while holding the lock `name` across tabs (navigator.locks), or just runs it. */
export type Exclusive = <T>(name: string, task: () => Promise<T>) => Promise<T>;

const runDirectly: Exclusive = (_name, task) => task();

export type SaveOutcome =
  | { status: 'saved'; conversation: Conversation; summary: ConversationSummary }
  /** The conversation was deleted (here or in another tab): nothing was written. */
  | { status: 'deleted' };

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
 * conversations never touch the same key. Saves of the same conversation merge with what is
 * stored (merge-conversation.ts) under one lock per conversation, and a deletion leaves a
 * `deleted:<id>` tombstone that every later save respects: no tab's write replaces another's,
 * and a delete wins.
 */
export function createConversationRepository(
  store: KeyValueStore,
  exclusive: Exclusive = runDirectly,
) {
  const lockName = (id: string) => `coalm-web:conversation:${id}`;

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

  /**
   * Merges `conversation` into the stored copy and writes the result and its summary in one
   * transaction, holding the conversation's lock from the read to the write.
   */
  function save(conversation: Conversation): Promise<SaveOutcome> {
    const { id } = conversation;
    return exclusive(lockName(id), async () => {
      const [tombstone, raw] = await store.getMany<unknown>([
        storageKeys.deleted(id),
        storageKeys.conversation(id),
      ]);
      if (tombstone !== undefined) return { status: 'deleted' } as const;
      const stored = decodeRecord(raw);
      // A damaged stored copy cannot be merged; this tab's copy is the best there is.
      const merged = mergeConversations(isConversation(stored) ? stored : undefined, conversation);
      const summary = summarizeConversation(merged);
      await store.setMany([
        [storageKeys.conversation(id), merged],
        [storageKeys.summary(id), summary],
      ]);
      return { status: 'saved', conversation: merged, summary } as const;
    });
  }

  return {
    loadSummaries,
    loadConversation,
    async loadSummary(id: string): Promise<ConversationSummary | undefined> {
      const value = decodeRecord(await store.get<unknown>(storageKeys.summary(id)));
      return isConversationSummary(value) ? value : undefined;
    },
    save,
    /**
     * Writes `conversation` over the stored copy instead of merging with it: an import's
     * "replace" means the file's copy, not the union of both. A tombstone still wins.
     */
    replace(conversation: Conversation): Promise<SaveOutcome> {
      const { id } = conversation;
      return exclusive(lockName(id), async () => {
        if ((await store.get<unknown>(storageKeys.deleted(id))) !== undefined)
          return { status: 'deleted' } as const;
        const summary = summarizeConversation(conversation);
        await store.setMany([
          [storageKeys.conversation(id), conversation],
          [storageKeys.summary(id), summary],
        ]);
        return { status: 'saved', conversation, summary } as const;
      });
    },
    /** Deletes for good: the tombstone goes first, so a save racing the delete finds it. */
    remove(id: string, deletedAt: number): Promise<void> {
      return exclusive(lockName(id), async () => {
        await store.set(storageKeys.deleted(id), { id, deletedAt });
        await store.delete(storageKeys.summary(id));
        await store.delete(storageKeys.conversation(id));
      });
    },
    /** Undo of a delete: the one deliberate way back past a tombstone. */
    async restore(conversation: Conversation): Promise<SaveOutcome> {
      await exclusive(lockName(conversation.id), () =>
        store.delete(storageKeys.deleted(conversation.id)),
      );
      return save(conversation);
    },
    /** Ids deleted for good (an import must not reuse them). */
    async deletedIds(): Promise<string[]> {
      return (await store.keys()).flatMap((key) => idFromKey(key, DELETED_PREFIX) ?? []);
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
