import type { Conversation, Turn } from './conversation';

/**
 * Turns form a tree: regenerate adds a version beside a reply (same user text), editing an
 * earlier message adds one with the new text, and the old branch stays. The conversation stores
 * every turn as a flat list (so saves from several tabs still merge turns by id) and the tree is
 * read from it:
 *
 * - a turn's parent is its `parentId` when that names a turn stored before it; `null` makes it a
 *   first turn; otherwise (absent, or naming no earlier turn) it follows the turn stored just
 *   before it. Records from before versions existed are therefore one line, unchanged, and a
 *   `parentId` can never make a cycle;
 * - at each fork the shown child is `activeChildren[parent]` (`ROOT_CHOICE` for first turns)
 *   when that is one of its children, else the newest (last stored) child.
 *
 * The shown path is what the chat shows and what the model's prompt is built from.
 */

/** The `activeChildren` key of the choice among first turns. Turn ids are never empty. */
export const ROOT_CHOICE = '';

interface TurnTree {
  byId: ReadonlyMap<string, Turn>;
  /** Each turn's resolved parent (null: a first turn). */
  parentOf: ReadonlyMap<string, string | null>;
  /** Children per parent key (ROOT_CHOICE for first turns), in stored order. */
  childrenOf: ReadonlyMap<string, readonly Turn[]>;
}

// The UI asks for the path and each turn's versions on every store change while a reply streams;
// one tree per turns array serves them all.
const trees = new WeakMap<readonly Turn[], TurnTree>();

function turnTree(turns: readonly Turn[]): TurnTree {
  const cached = trees.get(turns);
  if (cached) return cached;
  const byId = new Map<string, Turn>();
  const parentOf = new Map<string, string | null>();
  const childrenOf = new Map<string, Turn[]>();
  let previous: string | null = null;
  for (const turn of turns) {
    // A repeated id (a damaged or hand-made file) is kept in storage but not shown twice.
    if (byId.has(turn.id)) continue;
    const named = turn.parentId;
    const parent =
      named === null ? null : named !== undefined && byId.has(named) ? named : previous;
    byId.set(turn.id, turn);
    parentOf.set(turn.id, parent);
    const key = parent ?? ROOT_CHOICE;
    const siblings = childrenOf.get(key);
    if (siblings) siblings.push(turn);
    else childrenOf.set(key, [turn]);
    previous = turn.id;
  }
  const tree = { byId, parentOf, childrenOf };
  trees.set(turns, tree);
  return tree;
}

type TreeSource = Pick<Conversation, 'turns' | 'activeChildren'>;

/** The turns shown, first to last: from the first turns down, taking the shown child at each fork. */
export function shownPath(conversation: TreeSource): Turn[] {
  const { childrenOf } = turnTree(conversation.turns);
  const path: Turn[] = [];
  let key = ROOT_CHOICE;
  for (let children = childrenOf.get(key); children; children = childrenOf.get(key)) {
    const chosen = shownChild(children, conversation.activeChildren, key);
    path.push(chosen);
    key = chosen.id;
  }
  return path;
}

function shownChild(
  children: readonly Turn[],
  choices: Conversation['activeChildren'],
  key: string,
): Turn {
  const chosen = choices && Object.hasOwn(choices, key) ? choices[key] : undefined;
  return children.find((child) => child.id === chosen) ?? (children.at(-1) as Turn);
}

/** The turns from a first turn down to `turnId`, inclusive; empty for null or an unknown id. */
export function pathTo(conversation: TreeSource, turnId: string | null): Turn[] {
  const { byId, parentOf } = turnTree(conversation.turns);
  const path: Turn[] = [];
  for (let id = turnId; id !== null; id = parentOf.get(id) ?? null) {
    const turn = byId.get(id);
    if (!turn) break;
    path.push(turn);
  }
  return path.reverse();
}

/**
 * The turns a new turn's prompt is built from: those before `parentId` (the turn it follows, or
 * null for a first turn), or the shown path when the new turn simply continues it.
 */
export function historyBefore(conversation: TreeSource, parentId?: string | null): Turn[] {
  return parentId === undefined ? shownPath(conversation) : pathTo(conversation, parentId);
}

/** The turn `turnId` follows (null: it is a first turn); undefined for an unknown id. */
export function parentOf(conversation: TreeSource, turnId: string): string | null | undefined {
  return turnTree(conversation.turns).parentOf.get(turnId);
}

export interface Versions {
  /** The versions of one turn (it and its siblings), in stored order. */
  ids: string[];
  /** Where `turnId` is among them (0-based). */
  index: number;
}

/** The versions beside a turn; a turn never regenerated or edited has one. */
export function versionsOf(conversation: TreeSource, turnId: string): Versions {
  const tree = turnTree(conversation.turns);
  const parent = tree.parentOf.get(turnId);
  if (parent === undefined) return { ids: [turnId], index: 0 };
  const ids = (tree.childrenOf.get(parent ?? ROOT_CHOICE) ?? []).map((turn) => turn.id);
  return { ids, index: ids.indexOf(turnId) };
}

/**
 * The conversation showing `turnId`: it is chosen at its fork, and so is each turn above it at
 * theirs. The choices below it are kept as they were.
 */
export function showVersion<C extends TreeSource & Pick<Conversation, 'pathUpdatedAt'>>(
  conversation: C,
  turnId: string,
  now: number,
): C {
  const tree = turnTree(conversation.turns);
  if (!tree.byId.has(turnId)) return conversation;
  const choices = new Map(Object.entries(conversation.activeChildren ?? {}));
  for (const turn of pathTo(conversation, turnId)) {
    const key = tree.parentOf.get(turn.id) ?? ROOT_CHOICE;
    if (turn.id === turnId || (tree.childrenOf.get(key)?.length ?? 0) > 1)
      choices.set(key, turn.id);
  }
  // Built from entries, so a turn id such as "__proto__" stays a plain key.
  return { ...conversation, activeChildren: Object.fromEntries(choices), pathUpdatedAt: now };
}

/**
 * The `parentId` a plain send gives its turn: none when the shown path ends at the last stored
 * turn (the turn follows it in stored order, so two tabs sending at once stay one line), else
 * the end of the shown path (a send after switching to an older version continues that one).
 */
export function continuationParent(conversation: TreeSource): string | null | undefined {
  const leaf = shownPath(conversation).at(-1);
  return leaf === undefined || leaf.id === conversation.turns.at(-1)?.id ? undefined : leaf.id;
}

/** The shown turns from `turnId` on: what leaves the view when that turn is regenerated or edited. */
export function shownFrom(conversation: TreeSource, turnId: string): Turn[] {
  const path = shownPath(conversation);
  const at = path.findIndex((turn) => turn.id === turnId);
  return at === -1 ? [] : path.slice(at);
}
