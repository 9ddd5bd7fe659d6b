import type { KeyValueStore } from '../storage/key-value-store';
import type { Conversation, Turn } from './conversation';
import { summarizeConversation } from './conversation-summary';
import {
  headOf,
  isConversationHead,
  readTurnRecord,
  type ConversationHead,
} from './conversation-record';
import { decodeRecord, isConversation } from './record-shape';
import { idFromKey, storageKeys } from './storage-keys';
import { writeTurnsInSlices } from './turn-slices';

/** A stored head, and the turns of a record written whole before schema 4, if it was one. */
export interface StoredHead {
  head: ConversationHead;
  inlineTurns?: ReadonlyMap<string, Turn>;
}

function parseStored(raw: unknown): StoredHead | 'missing' | 'corrupt' {
  if (raw === undefined) return 'missing';
  const value = decodeRecord(raw);
  if (isConversationHead(value)) return { head: value };
  // Schema 3 kept the turns inside the record; read it as it is, and the next save splits it.
  if (isConversation(value))
    return {
      head: headOf(value),
      inlineTurns: new Map(value.turns.map((turn) => [turn.id, turn])),
    };
  return 'corrupt';
}

/**
 * The records of conversations in the turns-as-records layout (conversation-record.ts): reading a
 * head (a schema-3 record included), reading and writing turns, and remembering which turn
 * objects this tab knows to be in storage as they are. The repository decides what to read and
 * write; this is how.
 */
export function createStoredTurns(store: KeyValueStore) {
  // Turn objects as they are in storage, per conversation: read from it or written to it by this
  // tab. Turns are never changed in place (a changed turn is a new object), so a save can skip
  // these without comparing contents.
  const persisted = new Map<string, WeakSet<Turn>>();
  const persistedIn = (id: string) => {
    let turns = persisted.get(id);
    if (!turns) persisted.set(id, (turns = new WeakSet()));
    return turns;
  };

  /**
   * The stored head of `id`. A record holding its turns inline was written by the schema-3 app (a
   * tab not yet reloaded after an update): turns that newer tabs stored as records and that copy
   * lacks are taken in, so its write loses none of them.
   */
  async function readStored(
    id: string,
    raw?: unknown,
  ): Promise<StoredHead | 'missing' | 'corrupt'> {
    const stored = parseStored(raw ?? (await store.get<unknown>(storageKeys.conversation(id))));
    if (typeof stored === 'string' || !stored.inlineTurns) return stored;
    const prefix = storageKeys.turn(id, '');
    const inline = stored.inlineTurns;
    const strays = (await store.keys(prefix)).flatMap((key) => {
      const turnId = idFromKey(key, prefix);
      return turnId !== undefined && !inline.has(turnId) ? [turnId] : [];
    });
    if (strays.length === 0) return stored;
    const values = await store.getMany<unknown>(
      strays.map((turnId) => storageKeys.turn(id, turnId)),
    );
    const adopted = strays.flatMap((turnId, position) => {
      const turn = readTurnRecord(decodeRecord(values[position]), turnId);
      return turn ? [turn] : [];
    });
    const turns = [...inline.values(), ...adopted].sort((a, b) => a.startedAt - b.startedAt);
    const { turnIndex: _inlineIndex, ...rest } = stored.head;
    return {
      head: headOf({ ...rest, turns }),
      inlineTurns: new Map(turns.map((turn) => [turn.id, turn])),
    };
  }

  async function readTurns(
    id: string,
    stored: StoredHead,
    turnIds: readonly string[],
  ): Promise<Map<string, Turn>> {
    const turns = new Map<string, Turn>();
    const wanted = turnIds.filter((turnId) => {
      const inline = stored.inlineTurns?.get(turnId);
      if (inline) turns.set(turnId, inline);
      return !inline;
    });
    const values = await store.getMany<unknown>(
      wanted.map((turnId) => storageKeys.turn(id, turnId)),
    );
    const known = persistedIn(id);
    wanted.forEach((turnId, position) => {
      const turn = readTurnRecord(decodeRecord(values[position]), turnId);
      if (!turn) return; // an unreadable turn is left out; the rest of the conversation loads
      known.add(turn);
      turns.set(turnId, turn);
    });
    return turns;
  }

  /**
   * Writes a conversation's head, summary and `turns` (those of its turns that changed). Large
   * writes go in slices, each its own transaction, before the head: the head, which names the
   * turns, lands last with the summary, so no reader sees a head naming a turn not yet written.
   */
  async function writeConversation(conversation: Conversation, turns: readonly Turn[]) {
    const { id } = conversation;
    const summary = summarizeConversation(conversation);
    const entries = turns.map((turn): [string, Turn] => [storageKeys.turn(id, turn.id), turn]);
    const last = await writeTurnsInSlices(store, entries);
    await store.setMany([
      ...last,
      [storageKeys.conversation(id), headOf(conversation)],
      [storageKeys.summary(id), summary],
    ]);
    const known = persistedIn(id);
    for (const turn of turns) known.add(turn);
    return summary;
  }

  /** Turn records no longer named by the conversation's head: gone with it. */
  async function staleTurnKeys(id: string, keep: ReadonlySet<string>): Promise<string[]> {
    const stored = parseStored(await store.get<unknown>(storageKeys.conversation(id)));
    if (typeof stored === 'string' || stored.inlineTurns) return [];
    return stored.head.turnIndex
      .filter((entry) => !keep.has(entry.id))
      .map((entry) => storageKeys.turn(id, entry.id));
  }

  return {
    readStored,
    readTurns,
    writeConversation,
    staleTurnKeys,
    /** Whether `turn` is, as this object, what storage holds for it (read or written here). */
    isPersisted: (id: string, turn: Turn) => persistedIn(id).has(turn),
    /** Forgets what this tab knew of a deleted conversation's records. */
    forget: (id: string) => void persisted.delete(id),
  };
}

export type StoredTurns = ReturnType<typeof createStoredTurns>;
