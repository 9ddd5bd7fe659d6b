import type {
  Conversation,
  PromptProfileId,
  Turn,
  WorldId,
} from '../../core/conversation/conversation';
import { renderCall } from '../../core/format/python-literal';
import type { ConversationSummary } from '../../core/conversation/conversation-summary';
import type { PromptOptions } from '../../core/prompt/prompt-options';
import type { ToolCall } from '../../core/tools/tool-definition';
import type { BookingsSlice } from '../bookings/bookings-slice';
import type { EngineSlice } from '../engine/engine-types';
import type { SettingsSlice } from '../settings/settings-slice';
import type { SliceApi, TransferFile } from '../store-dependencies';

// Contract between the store and the UI: the UI reads these fields through selectors and calls
// these actions, nothing else. The implementation is createChatSlice (./create-chat-slice.ts).

// The summary shape lives in the core (storage writes it); re-exported here for the UI.
export type { ConversationSummary } from '../../core/conversation/conversation-summary';
export { searchSummaries as searchConversations } from '../../core/conversation/conversation-summary';

export interface PendingConfirmation {
  conversationId: string;
  call: ToolCall;
  /** One line, e.g. "Book a table at Golden Curry for 4 on friday at 19:00". */
  summary: string;
  /** Argument name -> value as shown to the user. */
  details: Record<string, string>;
}

export type NoticeKind =
  'storage-full' | 'corrupt-records' | 'import' | 'engine' | 'info' | 'error';

export interface Notice {
  id: string;
  kind: NoticeKind;
  message: string;
  /** e.g. "Export everything" for storage-full; the UI calls `noticeAction(id)`. */
  actionLabel?: string;
}

export interface ChatSlice {
  ready: boolean;
  summaries: ConversationSummary[];
  activeId: string | null;
  /** The open conversation, including the turn being generated (status 'streaming'). */
  active: Conversation | null;
  /** True while a turn runs in the active conversation. */
  busy: boolean;
  pendingConfirmation: PendingConfirmation | null;
  notices: Notice[];
  /** The last deleted conversation, for undo; null when there is nothing to undo. */
  lastDeleted: { id: string; title: string } | null;

  init(): Promise<void>;
  /** `world` fixes the world now; otherwise the first turn takes the setting's. */
  newConversation(profile?: PromptProfileId, world?: WorldId): Promise<string>;
  openConversation(id: string): Promise<void>;
  renameConversation(id: string, title: string): Promise<void>;
  deleteConversation(id: string): Promise<void>;
  undoDelete(): Promise<void>;
  setProfile(profile: PromptProfileId): Promise<void>;
  /** Prompt-format switches (A/B) of the open conversation, merged in (optional: test fakes omit it). */
  setPromptOptions?(patch: Partial<PromptOptions>): Promise<void>;
  send(text: string): Promise<void>;
  stop(): void;
  regenerate(): Promise<void>;
  editLastUserMessage(text: string): Promise<void>;
  /**
   * Answers the card of conversation `conversationId`. It does nothing unless a turn in that
   * conversation is waiting and that conversation is the one shown: a booking is only ever
   * confirmed in the conversation the person is looking at.
   */
  resolveConfirmation(conversationId: string, confirmed: boolean): void;
  exportConversation(id: string, format: 'json' | 'markdown'): Promise<TransferFile>;
  exportAll(): Promise<TransferFile>;
  /** Validates and imports; resolves to a one-line report, rejects nothing existing. */
  importFile(text: string): Promise<{ ok: boolean; message: string }>;
  dismissNotice(id: string): void;
  noticeAction(id: string): Promise<void>;
}

/** The chat slice's handle: it reads the model, the settings and the bookings of the others. */
export type ChatApi = SliceApi<
  ChatSlice,
  {
    chat: ChatSlice;
    engine: Pick<EngineSlice, 'getChatModel'>;
    settings: SettingsSlice;
    bookings: BookingsSlice;
  }
>;

/** The card to show: only the open conversation's own, never another conversation's. */
export function selectShownConfirmation(
  chat: Pick<ChatSlice, 'pendingConfirmation' | 'activeId'>,
): PendingConfirmation | null {
  const pending = chat.pendingConfirmation;
  return pending && pending.conversationId === chat.activeId ? pending : null;
}

/** The turn the side panel inspects: the one the user picked, or else the latest. */
export function selectInspectedTurn(
  chat: Pick<ChatSlice, 'active'>,
  selectedTurnId: string | null,
): Turn | undefined {
  const turns = chat.active?.turns;
  if (!turns) return undefined;
  return (selectedTurnId && turns.find((turn) => turn.id === selectedTurnId)) || turns.at(-1);
}

/** A call as the prompt writes it, `Name(key='value', count=2)`, for the trace. */
export function callText(call: ToolCall): string {
  return renderCall(call);
}
