import type { TurnEvent } from '../core/agent/turn-events';
import type { Conversation } from '../core/conversation/conversation';
import type { ChatModel } from '../core/model/chat-model';
import type { KeyValueStore } from '../core/storage/key-value-store';
import type { ToolCall, ToolDefinition } from '../core/tools/tool-definition';
import type { ToolRegistry } from '../core/tools/tool-registry';
import type { TransferFile } from './chat-slice';

/** The turn loop's options, as src/core/agent/run-turn.ts takes them. */
export interface RunTurnOptions {
  conversation: Conversation;
  userText: string;
  model: ChatModel;
  tools: ToolRegistry;
  ids: IdSource;
  now(): number;
  confirm?: (call: ToolCall, tool: ToolDefinition) => Promise<boolean>;
  signal?: AbortSignal;
  maxSteps?: number;
}

export type RunTurn = (options: RunTurnOptions) => AsyncGenerator<TurnEvent>;

export interface IdSource {
  next(): string;
}

/** A stored booking as the booking world lists it; the store only relies on the reference. */
export interface BookingRecord {
  reference: string;
  [field: string]: unknown;
}

/** The slice of the mock booking world the store uses (src/mock-apis). */
export interface BookingWorld {
  tools: readonly ToolDefinition[];
  listBookings(): Promise<readonly BookingRecord[]> | readonly BookingRecord[];
  cancelBooking(reference: string): Promise<unknown>;
}

/** BroadcastChannel as far as tab sync needs it, so tests can pass an in-process fake. */
export interface SyncChannel {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  close(): void;
}

/** navigator.locks as far as the store needs it. */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface StoreServices {
  keyValueStore: KeyValueStore;
  createChannel: ((name: string) => SyncChannel) | null;
  now: () => number;
  ids: IdSource;
  bookingWorld: BookingWorld;
  runTurn: RunTurn;
  /** Hands a file to the user (a download in the browser). */
  deliverFile: (file: TransferFile) => void;
  locks: LockManagerLike | null;
  /** Longest time a streaming reply goes unsaved (1 s). */
  saveIntervalMs: number;
}
