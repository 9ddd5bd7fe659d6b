import type {
  Conversation,
  PromptProfileId,
  Turn,
  WorldId,
} from '../../core/conversation/conversation';
import { renderCall } from '../../core/format/python-literal';
import { shownPath, versionsOf, type Versions } from '../../core/conversation/turn-tree';
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
export type { Versions } from '../../core/conversation/turn-tree';

export interface PendingConfirmation {
  conversationId: string;
  call: ToolCall;
  /** One line, e.g. "Book a table at Golden Curry for 4 on friday at 19:00". */
  summary: string;
  /** Argument name -> value as shown to the user. */
  details: Record<string, string>;
}

/** A booking that still stands, as the regenerate question names it. */
export interface StandingBooking {
  reference: string;
  /** e.g. "Golden Curry (restaurant)". */
  label: string;
}

/**
 * A regenerate or edit waiting for the person's answer: the replies it would take out of view
 * made bookings that still stand.
 */
export interface PendingRerun {
  conversationId: string;
  /** The turn a new version is made of. */
  turnId: string;
  /** The message the new version sends: the same one (regenerate) or the edited one. */
  text: string;
  kind: 'regenerate' | 'edit';
  bookings: StandingBooking[];
}

/** Cancel those bookings and go on, keep them and go on, or leave the turn as it is. */
export type RerunChoice = 'cancel-bookings' | 'keep-bookings' | 'dont-rerun';

export type NoticeKind =
  'storage-full' | 'corrupt-records' | 'import' | 'engine' | 'info' | 'error';

export interface Notice {
  id: string;
  kind: NoticeKind;
  message: string;
  /** e.g. "Export everything" for storage-full; the UI calls `noticeAction(id)`. */
  actionLabel?: string;
}

/** What to do with a file's conversations that are already here (same id). */
export type ImportChoice = 'skip' | 'replace' | 'cancel';

/** A long conversation's end, shown while the rest of it is read (`ChatSlice.preview`). */
export interface ConversationPreview {
  conversation: Conversation;
  unloadedTurnIds: ReadonlySet<string>;
}

/** An import waiting for the person's choice; nothing has been written yet. */
export interface PendingImport {
  fileConversations: number;
  alreadyHere: number;
}

export interface ImportResult {
  ok: boolean;
  message: string;
}

export interface ChatSlice {
  ready: boolean;
  summaries: ConversationSummary[];
  activeId: string | null;
  /** The open conversation, including the turn being generated (status 'streaming'). */
  active: Conversation | null;
  /**
   * Set while a long conversation opens: `active` is then `preview.conversation`, whose shown
   * path is whole but whose turns in `unloadedTurnIds` are placeholders still being read. It
   * stands for nothing once `active` is any other object, and no action ever acts on it.
   */
  preview: ConversationPreview | null;
  /** True while a turn runs in the active conversation. */
  busy: boolean;
  pendingConfirmation: PendingConfirmation | null;
  /** A regenerate or edit asking what to do with the bookings it would take out of view. */
  pendingRerun: PendingRerun | null;
  notices: Notice[];
  /** The last deleted conversation, for undo; null when there is nothing to undo. */
  lastDeleted: { id: string; title: string } | null;
  /** Set while an import asks what to do with conversations already here. */
  pendingImport: PendingImport | null;

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
  /**
   * Sends a message in the open conversation (a draft when none is open). Resolves once the
   * reply ends: true if the message became a turn, false if it was refused (nothing to send, no
   * model, another reply still running), so the caller can give the text back to the person.
   */
  send(text: string): Promise<boolean>;
  stop(): void;
  /** A new version of the turn's reply, the old one kept (asks first if it booked: pendingRerun). */
  regenerate(turnId: string): Promise<void>;
  /** A new version of the turn with `text` as the message: a new branch, the old one kept. */
  editUserMessage(turnId: string, text: string): Promise<void>;
  resolveRerun(choice: RerunChoice): Promise<void>;
  /** Shows that version of a turn at its fork (not while a reply runs in this conversation). */
  showVersion(turnId: string): Promise<void>;
  /**
   * Answers the card of conversation `conversationId`. It does nothing unless a turn in that
   * conversation is waiting and that conversation is the one shown: a booking is only ever
   * confirmed in the conversation the person is looking at.
   */
  resolveConfirmation(conversationId: string, confirmed: boolean): void;
  exportConversation(id: string, format: 'json' | 'markdown'): Promise<TransferFile>;
  exportAll(): Promise<TransferFile>;
  /**
   * Validates and imports; resolves to a one-line report. When some of the file's conversations
   * are already here it sets `pendingImport` and waits for `resolveImport` before writing.
   */
  /** Imports an export file: its text, or the file itself (read off the main thread). */
  importFile(file: string | Blob): Promise<ImportResult>;
  resolveImport(choice: ImportChoice): void;
  dismissNotice(id: string): void;
  noticeAction(id: string): Promise<void>;
}

/** The slice's data before start-up has read anything; actions are the slice's own. */
export function initialChatState() {
  return {
    ready: false,
    summaries: [],
    activeId: null,
    active: null,
    preview: null,
    busy: false,
    pendingConfirmation: null,
    pendingRerun: null,
    notices: [],
    lastDeleted: null,
    pendingImport: null,
  } satisfies Partial<ChatSlice>;
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

/**
 * The turn the side panel inspects: the one the user picked while it is shown, or else the last
 * one shown (after a switch to another version, the picked one may no longer be).
 */
export function selectInspectedTurn(
  chat: Pick<ChatSlice, 'active'>,
  selectedTurnId: string | null,
): Turn | undefined {
  if (!chat.active) return undefined;
  const shown = shownPath(chat.active);
  return (selectedTurnId && shown.find((turn) => turn.id === selectedTurnId)) || shown.at(-1);
}

/** Whether a turn of the open conversation is a placeholder still being read from storage. */
export function selectTurnUnloaded(
  chat: Pick<ChatSlice, 'active' | 'preview'>,
  turnId: string,
): boolean {
  return isPreviewShown(chat) && (chat.preview?.unloadedTurnIds.has(turnId) ?? false);
}

/** Whether the open conversation is a preview (see `ChatSlice.preview`). */
export function isPreviewShown(chat: Pick<ChatSlice, 'active' | 'preview'>): boolean {
  return chat.active !== null && chat.preview?.conversation === chat.active;
}

/** The ids of the turns shown, first to last: at each fork, the version chosen there. */
export function selectShownTurnIds(chat: Pick<ChatSlice, 'active'>): string[] {
  return chat.active ? shownPath(chat.active).map((turn) => turn.id) : [];
}

/** The versions of a turn (it and the ones made beside it by regenerate or edit). */
export function selectTurnVersions(chat: Pick<ChatSlice, 'active'>, turnId: string): Versions {
  return chat.active ? versionsOf(chat.active, turnId) : { ids: [turnId], index: 0 };
}

/** A call as the prompt writes it, `Name(key='value', count=2)`, for the trace. */
export function callText(call: ToolCall): string {
  return renderCall(call);
}
