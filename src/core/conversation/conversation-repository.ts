import type { KeyValueStore } from '../storage/key-value-store';
import type { Conversation, Turn } from './conversation';
import { summarizeConversation, type ConversationSummary } from './conversation-summary';
import {
  assembleConversation,
  compareProgress,
  progressOf,
  type TurnIndexEntry,
} from './conversation-record';
import { decodeRecord, isConversationSummary } from './record-shape';
import { mergeConversations } from './merge-conversation';
import {
  CONVERSATION_PREFIX,
  DELETED_PREFIX,
  idFromKey,
  storageKeys,
  SUMMARY_PREFIX,
} from './storage-keys';
import { shownPath } from './turn-tree';
import { createStoredTurns, type StoredHead } from './stored-turns';

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
 * The end of a conversation, read first: the shown path is whole (from the head's index), but
 * only its last turns are read; the others are placeholders named in `unloadedTurnIds`.
 */
export type LoadedPreview =
  | { status: 'ok'; conversation: Conversation; unloadedTurnIds: ReadonlySet<string> }
  | { status: 'missing' }
  | { status: 'corrupt' };

/** How much of a conversation's end a preview reads. */
export interface PreviewLimit {
  turns: number;
  /** Reply characters; turns stop being added once their replies reach it. */
  characters: number;
}

/**
 * Conversations in a KeyValueStore (layout: conversation-record.ts). `conversation:<id>` holds
 * the head, `turn:<id>:<turn id>` each turn, and `summary:<id>` the list entry. A save writes
 * the head, the summary and only the turns that changed, in one transaction, so the bytes
 * written per turn depend neither on how many conversations exist nor on how long this one is,
 * and two tabs saving different conversations never touch the same key. Saves of the same
 * conversation merge with what is stored (merge-conversation.ts) under one lock per
 * conversation, and a deletion leaves a `deleted:<id>` tombstone that every later save
 * respects: no tab's write replaces another's, and a delete wins.
 */
export function createConversationRepository(
  store: KeyValueStore,
  exclusive: Exclusive = runDirectly,
) {
  const lockName = (id: string) => `coalm-web:conversation:${id}`;
  const { readStored, readTurns, writeConversation, staleTurnKeys, isPersisted, forget } =
    createStoredTurns(store);

  /**
   * The stored conversation, with the turns of `own` standing in for the stored ones `mustRead`
   * lets pass (it sees each index entry and this copy's turn, if any); only the rest are read.
   */
  async function assembleAround(
    id: string,
    stored: StoredHead,
    own: readonly Turn[],
    mustRead: (entry: TurnIndexEntry, turn: Turn | undefined) => boolean,
  ): Promise<Conversation> {
    const mine = new Map(own.map((turn) => [turn.id, turn]));
    const wanted = stored.head.turnIndex.filter((entry) => mustRead(entry, mine.get(entry.id)));
    const read = await readTurns(
      id,
      stored,
      wanted.map((entry) => entry.id),
    );
    return assembleConversation(stored.head, new Map([...mine, ...read]));
  }

  /**
   * Reads a conversation. With `known` (this tab's copy, when another tab announced a change),
   * only the turns whose stored progress differs from it are read: a change to one turn of a
   * long conversation costs one turn, not all of them.
   */
  async function loadConversation(id: string, known?: Conversation): Promise<LoadedConversation> {
    const stored = await readStored(id);
    if (typeof stored === 'string') return { status: stored };
    const conversation = await assembleAround(
      id,
      stored,
      known?.turns ?? [],
      (entry, turn) => !turn || compareProgress(entry, progressOf(turn)) !== 0,
    );
    return { status: 'ok', conversation };
  }

  /**
   * The end of the shown path, read first: at most `limit.turns` turns, and no more once their
   * replies reach `limit.characters` (the last turn always), since rendering is what a preview
   * must keep short and a few long replies fill the screen as well as many short ones.
   */
  async function loadPreview(id: string, limit: PreviewLimit): Promise<LoadedPreview> {
    const stored = await readStored(id);
    if (typeof stored === 'string') return { status: stored };
    const { head } = stored;
    const index = new Map(head.turnIndex.map((entry) => [entry.id, entry]));
    // Placeholders carry what the tree needs (id, parent, order), so the shown path is whole.
    const placeholders = new Map<string, Turn>(
      head.turnIndex.map((entry) => [
        entry.id,
        {
          id: entry.id,
          ...(entry.parentId !== undefined ? { parentId: entry.parentId } : {}),
          user: '',
          reply: '',
          steps: [],
          status: entry.status,
          startedAt: entry.startedAt,
        },
      ]),
    );
    const outline = assembleConversation(head, placeholders);
    const recent: string[] = [];
    let characters = 0;
    for (const turn of shownPath(outline).reverse()) {
      if (recent.length === limit.turns || (recent.length > 0 && characters >= limit.characters))
        break;
      recent.push(turn.id);
      characters += index.get(turn.id)?.replyLength ?? 0;
    }
    const turns = await readTurns(id, stored, recent);
    const unloadedTurnIds = new Set(
      [...placeholders.keys()].filter((turnId) => !turns.has(turnId)),
    );
    const conversation = assembleConversation(head, new Map([...placeholders, ...turns]));
    return { status: 'ok', conversation, unloadedTurnIds };
  }

  /**
   * Merges `conversation` into the stored copy and writes the result, holding the
   * conversation's lock from the read to the write. A stored turn is read only where this copy
   * lacks it or holds less of it; elsewhere this copy's turn stands in, since the merge keeps it.
   */
  function save(conversation: Conversation): Promise<SaveOutcome> {
    const { id } = conversation;
    return exclusive(lockName(id), async () => {
      const [tombstone, raw] = await store.getMany<unknown>([
        storageKeys.deleted(id),
        storageKeys.conversation(id),
      ]);
      if (tombstone !== undefined) return { status: 'deleted' } as const;
      const parsed = raw === undefined ? 'missing' : await readStored(id, raw);
      // A damaged stored head cannot be merged; this tab's copy is the best there is.
      const stored = typeof parsed === 'string' ? undefined : parsed;
      const storedConversation =
        stored &&
        (await assembleAround(
          id,
          stored,
          conversation.turns,
          (entry, turn) => !turn || compareProgress(entry, progressOf(turn)) > 0,
        ));
      const merged = mergeConversations(storedConversation, conversation);
      // Written: every turn not known to be in storage as it is, checked against the stored index
      // too (another tab may have deleted and restored the conversation since).
      const storedIndex = new Map(
        stored && !stored.inlineTurns
          ? stored.head.turnIndex.map((entry) => [entry.id, entry])
          : [],
      );
      const changed = merged.turns.filter((turn) => {
        const entry = storedIndex.get(turn.id);
        return !isPersisted(id, turn) || !entry || compareProgress(entry, progressOf(turn)) !== 0;
      });
      const summary = await writeConversation(merged, changed);
      return { status: 'saved', conversation: merged, summary } as const;
    });
  }

  return {
    loadSummaries: async (): Promise<LoadedSummaries> => {
      const [summaryKeys, conversationKeys] = await Promise.all([
        store.keys(SUMMARY_PREFIX),
        store.keys(CONVERSATION_PREFIX),
      ]);
      const summaryIds = summaryKeys.flatMap((key) => idFromKey(key, SUMMARY_PREFIX) ?? []);
      const conversationIds = new Set(
        conversationKeys.flatMap((key) => idFromKey(key, CONVERSATION_PREFIX) ?? []),
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
    },
    loadConversation,
    loadPreview,
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
        const stale = await staleTurnKeys(id, new Set(conversation.turns.map((turn) => turn.id)));
        const summary = await writeConversation(conversation, conversation.turns);
        if (stale.length > 0) await store.deleteMany(stale);
        return { status: 'saved', conversation, summary } as const;
      });
    },
    /** Deletes for good: the tombstone goes first, so a save racing the delete finds it. */
    remove(id: string, deletedAt: number): Promise<void> {
      return exclusive(lockName(id), async () => {
        await store.set(storageKeys.deleted(id), { id, deletedAt });
        const turnKeys = await staleTurnKeys(id, new Set());
        await store.deleteMany([
          storageKeys.summary(id),
          storageKeys.conversation(id),
          ...turnKeys,
        ]);
        forget(id);
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
      return (await store.keys(DELETED_PREFIX)).flatMap(
        (key) => idFromKey(key, DELETED_PREFIX) ?? [],
      );
    },
    /** Every readable conversation, for export; damaged ones are reported, not thrown. */
    async loadAll(): Promise<{ conversations: Conversation[]; corruptIds: string[] }> {
      const ids = (await store.keys(CONVERSATION_PREFIX)).flatMap(
        (key) => idFromKey(key, CONVERSATION_PREFIX) ?? [],
      );
      const conversations: Conversation[] = [];
      const corruptIds: string[] = [];
      for (const id of ids) {
        const loaded = await loadConversation(id);
        if (loaded.status === 'ok') conversations.push(loaded.conversation);
        else corruptIds.push(id);
      }
      return { conversations, corruptIds };
    },
  };
}

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
