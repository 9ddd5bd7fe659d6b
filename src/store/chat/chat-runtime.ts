import { isPreviewShown, type ChatApi } from './chat-slice';
import type { Conversation } from '../../core/conversation/conversation';
import type { ConversationRepository } from '../../core/conversation/conversation-repository';
import { summarizeConversation, upsertSummary } from '../../core/conversation/conversation-summary';
import type { BookingRecord, StoreServices } from '../store-dependencies';
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
    const { active } = runtime.api.get().chat;
    return active?.id === id && !isPreviewShown(runtime.api.get().chat) ? active : whole;
  }
  return loadStored(runtime, id);
}

async function loadStored(
  runtime: Pick<ChatRuntime, 'repository' | 'notify'>,
  id: string,
): Promise<Conversation | undefined> {
  const loaded = await runtime.repository.loadConversation(id);
  if (loaded.status === 'ok') return markInterrupted(loaded.conversation);
  if (loaded.status === 'corrupt') {
    runtime.notify.add('corrupt-records', 'That conversation is damaged and cannot be opened.');
  }
  return undefined;
}

/** Turns of the end of a long conversation read first, so that it shows at once. */
const PREVIEW_TURNS = 12;

/**
 * Opens a stored conversation: its last turns show first (the rest as placeholders), then the
 * whole of it replaces them, unless something newer was shown meanwhile.
 */
export async function openStored(
  runtime: Pick<ChatRuntime, 'api' | 'running' | 'repository' | 'notify' | 'opening'>,
  id: string,
): Promise<void> {
  const { api } = runtime;
  const preview = await runtime.repository.loadPreview(id, PREVIEW_TURNS);
  if (preview.status !== 'ok') {
    if (preview.status === 'corrupt') await loadStored(runtime, id); // says so, once
    return;
  }
  const busy = runtime.running?.conversationId === id;
  const shown = markInterrupted(preview.conversation);
  if (preview.unloadedTurnIds.size === 0) {
    api.set({ activeId: id, active: shown, preview: null, busy });
    return;
  }
  api.set({
    activeId: id,
    active: shown,
    preview: { conversation: shown, unloadedTurnIds: preview.unloadedTurnIds },
    busy,
  });
  const opening = { id, conversation: loadStored(runtime, id) };
  runtime.opening = opening;
  const whole = await opening.conversation;
  if (runtime.opening === opening) runtime.opening = null;
  if (api.get().chat.active !== shown) return;
  api.set(
    whole
      ? { active: keepShownTurns(whole, preview.conversation), preview: null }
      : { activeId: null, active: null, preview: null, busy: false },
  );
}

/**
 * The whole conversation, reusing the turn objects the preview already showed where they are
 * the same, so the turns on screen do not render again when the rest arrives.
 */
function keepShownTurns(whole: Conversation, preview: Conversation): Conversation {
  const shown = new Map(preview.turns.map((turn) => [turn.id, turn]));
  return {
    ...whole,
    turns: whole.turns.map((turn) => {
      const same = shown.get(turn.id);
      return same &&
        same.status === turn.status &&
        same.steps.length === turn.steps.length &&
        same.user === turn.user &&
        same.reply === turn.reply
        ? same
        : turn;
    }),
  };
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
