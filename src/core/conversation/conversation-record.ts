import type { Conversation, Turn, TurnStatus } from './conversation';
import { isConversation, isTurn } from './record-shape';

/**
 * How a conversation is laid out in storage (schema 4): a small head record, holding everything
 * but the turns plus an index of them, and one record per turn. Reading a turn never reads the
 * others, so a conversation of megabytes opens at its end first and a save writes only the turns
 * that changed (see docs/storage.md, "Turns as records").
 */

/** What a save needs to know of a stored turn without reading it. */
export interface TurnIndexEntry {
  id: string;
  /** As on the turn: the shown path is computed from the index alone. */
  parentId?: string | null;
  startedAt: number;
  status: TurnStatus;
  stepCount: number;
  replyLength: number;
}

export type ConversationHead = Omit<Conversation, 'turns'> & { turnIndex: TurnIndexEntry[] };

export function indexEntryOf(turn: Turn): TurnIndexEntry {
  return {
    id: turn.id,
    ...(turn.parentId !== undefined ? { parentId: turn.parentId } : {}),
    startedAt: turn.startedAt,
    status: turn.status,
    stepCount: turn.steps.length,
    replyLength: turn.reply.length,
  };
}

export function headOf(conversation: Conversation): ConversationHead {
  const { turns, ...rest } = conversation;
  return { ...rest, turnIndex: turns.map(indexEntryOf) };
}

/** The conversation a head and its turns describe; turns that could not be read are left out. */
export function assembleConversation(
  head: ConversationHead,
  turnsById: ReadonlyMap<string, Turn>,
): Conversation {
  const { turnIndex, ...rest } = head;
  return { ...rest, turns: turnIndex.flatMap((entry) => turnsById.get(entry.id) ?? []) };
}

const PROGRESS: Record<TurnStatus, number> = {
  interrupted: 0,
  streaming: 1,
  complete: 2,
  aborted: 2,
  error: 2,
};

type Progress = Pick<TurnIndexEntry, 'status' | 'stepCount' | 'replyLength'>;

export function progressOf(turn: Turn): Progress {
  return { status: turn.status, stepCount: turn.steps.length, replyLength: turn.reply.length };
}

/**
 * Of two copies of one turn, how much further `a` got than `b`: a finished turn beats a streaming
 * one, which beats one another tab marked interrupted; then more steps, then the longer reply.
 * Only the tab that runs a turn changes it, so the copy that got further is the newer one.
 */
export function compareProgress(a: Progress, b: Progress): number {
  return (
    PROGRESS[a.status] - PROGRESS[b.status] ||
    a.stepCount - b.stepCount ||
    a.replyLength - b.replyLength
  );
}

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndexEntry(value: unknown): value is TurnIndexEntry {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.parentId === undefined ||
      value.parentId === null ||
      typeof value.parentId === 'string') &&
    typeof value.startedAt === 'number' &&
    Number.isFinite(value.startedAt) &&
    typeof value.status === 'string' &&
    value.status in PROGRESS &&
    typeof value.stepCount === 'number' &&
    typeof value.replyLength === 'number'
  );
}

/**
 * A head is a conversation record without its turns: the same guard as a whole conversation,
 * applied to the head with an empty turn list, plus a readable index.
 */
export function isConversationHead(value: unknown): value is ConversationHead {
  if (!isRecord(value) || !Array.isArray(value.turnIndex) || 'turns' in value) return false;
  return value.turnIndex.every(isIndexEntry) && isConversation({ ...value, turns: [] });
}

/** A stored turn record, checked before it is shown. */
export function readTurnRecord(value: unknown, turnId: string): Turn | undefined {
  return isTurn(value) && value.id === turnId ? value : undefined;
}
