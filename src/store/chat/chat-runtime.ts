import { isPreviewShown, type ChatApi } from './chat-slice';
import type { Conversation } from '../../core/conversation/conversation';
import type {
  ConversationRepository,
  Exclusive,
} from '../../core/conversation/conversation-repository';
import { summarizeConversation, upsertSummary } from '../../core/conversation/conversation-summary';
import type { BookingRecord, LockManagerLike, StoreServices } from '../store-dependencies';
import type { ConfirmationGate } from './confirmation-gate';
import type { Notifier } from './notifier';
import type { TabSync } from './tab-sync';
import type { WriteQueue } from './write-queue';

export const DEFAULT_TITLE = 'New conversation';

export interface RunningTurn {
  conversationId: string;
  controller: AbortController;
  gate: ConfirmationGate;
  conversation: Conversation;
}

/**
 * What the chat actions share. Most of it is fixed wiring (the slice handle, the repository, the
 * write queue, the notifier, tab sync); two fields are the chat's real mutable state outside the
 * slice: `running` (one turn at a time, which stop, delete and tab sync must reach) and
 * `deletedIds` (a late save must not revive a deleted record). Each function below, and each
 * action module, takes only the fields it uses (Pick<ChatRuntime, ...>), so a reader sees its
 * dependencies in its signature.
 */
export interface ChatRuntime {
  api: ChatApi;
  services: StoreServices;
  repository: ConversationRepository;
  writes: WriteQueue;
  notify: Notifier;
  sync: TabSync;
  running: RunningTurn | null;
  /** Deleted in this tab: a late save from a stopped turn must not bring them back. */
  deletedIds: Set<string>;
  /** The whole of the conversation being opened, while its preview shows (see `openStored`). */
  opening: { id: string; conversation: Promise<Conversation | undefined> } | null;
}

/** The per-conversation lock across tabs (navigator.locks), when the browser has one. */
export function exclusiveUnder(locks: LockManagerLike | null): Exclusive | undefined {
  return locks ? (name, task) => locks.request(name, task) : undefined;
}

/** Shows a conversation if it is the open one (cheap: called for every streamed token). */
export function show(
  runtime: Pick<ChatRuntime, 'api' | 'running'>,
  conversation: Conversation,
): void {
  runtime.api.set((chat) =>
    chat.activeId === conversation.id
      ? { active: conversation, busy: runtime.running?.conversationId === conversation.id }
      : {},
  );
}

/**
 * Queues a save and updates the list entry; never awaited per token. A conversation without a
 * turn is a draft ("New conversation" before its first message): it lives in memory only, so
 * an unsent draft leaves nothing behind in storage, the list or an export.
 */
export function persist(
  runtime: Pick<ChatRuntime, 'api' | 'deletedIds' | 'writes'>,
  conversation: Conversation,
): void {
  if (runtime.deletedIds.has(conversation.id) || conversation.turns.length === 0) return;
  const summary = summarizeConversation(conversation);
  runtime.api.set((chat) => ({ summaries: upsertSummary(chat.summaries, summary) }));
  runtime.writes.schedule(conversation);
}

/**
 * The open conversation, or the stored one: always whole. While a preview shows, that is the
 * whole copy being read for it, so an action taken then (a send, a rename, a delete with its
 * undo) waits a moment rather than act on placeholders.
 */
export async function findConversation(
  runtime: Pick<ChatRuntime, 'api' | 'running' | 'repository' | 'notify' | 'opening'>,
  id: string,
): Promise<Conversation | undefined> {
  if (runtime.running?.conversationId === id) return runtime.running.conversation;
  const { chat } = runtime.api.get();
  if (chat.active?.id === id && !isPreviewShown(chat)) return chat.active;
  if (runtime.opening?.id === id) {
    const whole = await runtime.opening.conversation;
    // Something newer may have replaced it while it was read (another tab's change).
    const after = runtime.api.get().chat;
    return after.active?.id === id && !isPreviewShown(after) ? after.active : whole;
  }
  return loadStored(runtime, id);
}

/** A stored conversation; `known` turns stand in for stored ones that got no further. */
export async function loadStored(
  runtime: Pick<ChatRuntime, 'repository' | 'notify'>,
  id: string,
  known?: Conversation,
): Promise<Conversation | undefined> {
  const loaded = await runtime.repository.loadConversation(id, known);
  if (loaded.status === 'ok') return markInterrupted(loaded.conversation);
  if (loaded.status === 'corrupt') {
    runtime.notify.add('corrupt-records', 'That conversation is damaged and cannot be opened.');
  }
  return undefined;
}

/**
 * A turn stored as 'streaming' was cut off (the tab closed or crashed mid-reply): show it as
 * interrupted with the text it had. Only the view changes; the next save records it.
 */
export function markInterrupted(conversation: Conversation): Conversation {
  if (!conversation.turns.some((turn) => turn.status === 'streaming')) return conversation;
  return {
    ...conversation,
    turns: conversation.turns.map((turn) =>
      turn.status === 'streaming' ? { ...turn, status: 'interrupted' } : turn,
    ),
  };
}

/** The stored bookings, or the last list this tab read when storage cannot be asked. */
export async function listBookings(
  runtime: Pick<ChatRuntime, 'api' | 'services'>,
): Promise<BookingRecord[]> {
  try {
    return [...(await runtime.services.bookingWorld.listBookings())];
  } catch {
    return [...runtime.api.get().bookings.items];
  }
}
