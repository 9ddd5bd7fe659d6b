import type { Conversation, Turn } from './conversation';
import { compareProgress, progressOf } from './conversation-record';

/**
 * How two copies of one conversation become one, so that no tab's write replaces another's.
 * Every save reads the stored copy and merges its own into it (under the per-conversation lock):
 *
 * - turns are kept by id from both copies; a turn present in both keeps the copy that got
 *   further (a finished turn beats a streaming one, which beats one another tab marked
 *   interrupted; then more steps, then the longer reply);
 * - a turn listed in either copy's `removedTurnIds` (regenerate, edit) is gone for good;
 * - title, profile and prompt options come from the copy whose `metaUpdatedAt` is later, so a
 *   rename made while another tab streams outlives that tab's next save;
 * - the version shown at each fork (`activeChildren`) is merged fork by fork: a fork chosen in
 *   one copy only keeps that choice, one chosen in both takes the copy whose `pathUpdatedAt` is
 *   later (the larger id on a tie), and a choice of a turn that is gone is dropped.
 *
 * The merge is commutative for turns and idempotent, so the order in which tabs save does not
 * change the result.
 */
export function mergeConversations(
  stored: Conversation | undefined,
  mine: Conversation,
): Conversation {
  if (!stored) return mine;
  const removed = new Set([...(stored.removedTurnIds ?? []), ...(mine.removedTurnIds ?? [])]);
  const byId = new Map<string, Turn>();
  for (const turn of [...stored.turns, ...mine.turns]) {
    if (removed.has(turn.id)) continue;
    const other = byId.get(turn.id);
    byId.set(turn.id, other && furtherAlong(other, turn) ? other : turn);
  }
  const turns = [...byId.values()].sort(
    (a, b) => a.startedAt - b.startedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const metaSource = metaTime(stored) > metaTime(mine) ? stored : mine;
  const merged: Conversation = {
    ...mine,
    title: metaSource.title,
    profile: metaSource.profile,
    createdAt: Math.min(stored.createdAt, mine.createdAt),
    updatedAt: Math.max(stored.updatedAt, mine.updatedAt),
    turns,
  };
  if (metaSource.metaUpdatedAt !== undefined) merged.metaUpdatedAt = metaSource.metaUpdatedAt;
  if (metaSource.promptOptions) merged.promptOptions = metaSource.promptOptions;
  else delete merged.promptOptions;
  if (removed.size > 0) merged.removedTurnIds = [...removed].sort();
  delete merged.activeChildren;
  delete merged.pathUpdatedAt;
  Object.assign(merged, mergeShownPath(stored, mine, new Set(byId.keys())));
  const modelId = mine.modelId ?? stored.modelId;
  if (modelId !== undefined) merged.modelId = modelId;
  return merged;
}

/** The shown version at each fork, fork by fork (see above); only the fields that have a value. */
function mergeShownPath(
  stored: Conversation,
  mine: Conversation,
  turnIds: ReadonlySet<string>,
): Pick<Conversation, 'activeChildren' | 'pathUpdatedAt'> {
  const storedTime = stored.pathUpdatedAt ?? -Infinity;
  const mineTime = mine.pathUpdatedAt ?? -Infinity;
  const [older, newer] = storedTime > mineTime ? [mine, stored] : [stored, mine];
  const choices = new Map(Object.entries(older.activeChildren ?? {}));
  for (const [fork, child] of Object.entries(newer.activeChildren ?? {})) {
    const other = choices.get(fork);
    if (storedTime !== mineTime || other === undefined || child > other) choices.set(fork, child);
  }
  for (const [fork, child] of choices) if (!turnIds.has(child)) choices.delete(fork);
  const time = newer.pathUpdatedAt ?? older.pathUpdatedAt;
  return {
    // Built from entries, so a turn id such as "__proto__" stays a plain key.
    ...(choices.size > 0 ? { activeChildren: Object.fromEntries([...choices].sort()) } : {}),
    ...(time !== undefined ? { pathUpdatedAt: time } : {}),
  };
}

/** Whether `a` got further than `b` (ties go to `b`, the later copy). */
function furtherAlong(a: Turn, b: Turn): boolean {
  return compareProgress(progressOf(a), progressOf(b)) > 0;
}

function metaTime(conversation: Conversation): number {
  return conversation.metaUpdatedAt ?? conversation.createdAt;
}
