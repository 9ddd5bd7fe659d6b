import type { TurnEvent } from '../core/agent/turn-events';
import type { RunTurnOptions } from '../core/agent/run-turn';
import type { KeyValueStore } from '../core/storage/key-value-store';
import type { Booking, BookingWorld as MockBookingWorld } from '../mock-apis';
import type { TransferFile } from './chat-slice';

/** The turn loop (src/core/agent/run-turn.ts), injectable so tests can drive exact events. */
export type RunTurn = (options: RunTurnOptions) => AsyncGenerator<TurnEvent>;
export type { RunTurnOptions };

export interface IdSource {
  next(): string;
}

/** A stored booking, as the booking world lists and exports it. */
export type BookingRecord = Booking;

/** The part of the mock booking world (src/mock-apis) the store uses. */
export type BookingWorld = Pick<MockBookingWorld, 'tools' | 'listBookings' | 'cancelBooking'>;

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
