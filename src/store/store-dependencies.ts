import type { StoreApi } from 'zustand/vanilla';
import type { TurnEvent } from '../core/agent/turn-events';
import { runTurn, type RunTurnOptions } from '../core/agent/run-turn';
import type { KeyValueStore } from '../core/storage/key-value-store';
import { createMemoryKeyValueStore } from '../core/storage/memory-key-value-store';
import {
  createBookingWorld,
  createKeyValueBookingRepository,
  DEFAULT_WORLD_SEED,
  type Booking,
  type Latency,
} from '../mock-apis';
import {
  createMultiwozWorld,
  createWorldCatalog,
  type BookingWorld,
  type OpenWorld,
} from './settings/world-catalog';

// What the slices depend on: their handle on the store and the services outside it.

/**
 * A slice's handle on the store. Each slice lives under its own key, so it sets only its own
 * part (`Own`). `get` returns the state the slice reads (`Reads`: its own key and the slices whose
 * fields or actions it uses), declared by each slice instead of the whole AppState so that the
 * slices never import the store that assembles them (no import cycle).
 */
export interface SliceApi<Own, Reads> {
  set(update: Partial<Own> | ((current: Own) => Partial<Own>)): void;
  get(): Reads;
  subscribe(listener: () => void): () => void;
}

export function sliceApi<State, K extends keyof State>(
  key: K,
  store: StoreApi<State>,
): SliceApi<State[K], State> {
  return {
    set(update) {
      store.setState((state) => {
        const current = state[key];
        const patch = typeof update === 'function' ? update(current) : update;
        return { [key]: { ...current, ...patch } } as unknown as Partial<State>;
      });
    },
    get: () => store.getState(),
    subscribe: (listener) => store.subscribe(listener),
  };
}

/** The turn loop (src/core/agent/run-turn.ts), injectable so tests can drive exact events. */
export type RunTurn = (options: RunTurnOptions) => AsyncGenerator<TurnEvent>;
export type { RunTurnOptions };

export interface IdSource {
  next(): string;
}

/** A stored booking, as the booking world lists and exports it. */
export type BookingRecord = Booking;

export type { BookingWorld } from './settings/world-catalog';

/** A file the store hands to the user (an export). */
export interface TransferFile {
  filename: string;
  mimeType: string;
  text: string;
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
  /** The generated world: the bookings list and its cancel go through it. */
  bookingWorld: BookingWorld;
  /** The world a conversation runs on, loaded on first use (settings/world-catalog.ts). */
  openWorld: OpenWorld;
  runTurn: RunTurn;
  /** Hands a file to the user (a download in the browser). */
  deliverFile: (file: TransferFile) => void;
  locks: LockManagerLike | null;
  /** Longest time a streaming reply goes unsaved (1 s). */
  saveIntervalMs: number;
}

/** Services as given, each missing one replaced by a Node-friendly default. */
export function withDefaultServices(
  given: Partial<StoreServices> & { latencyMs?: Latency },
): StoreServices {
  const keyValueStore = given.keyValueStore ?? createMemoryKeyValueStore();
  const latencyMs = given.latencyMs ?? 0;
  const bookings = createKeyValueBookingRepository(keyValueStore);
  // The mock booking world, its bookings kept in the same store as the conversations.
  const bookingWorld =
    given.bookingWorld ?? createBookingWorld({ seed: DEFAULT_WORLD_SEED, latencyMs, bookings });
  return {
    keyValueStore,
    createChannel: given.createChannel ?? null,
    now: given.now ?? Date.now,
    ids: given.ids ?? { next: () => crypto.randomUUID() },
    bookingWorld,
    openWorld:
      given.openWorld ??
      createWorldCatalog(bookingWorld, () => createMultiwozWorld({ bookings, latencyMs })),
    runTurn: given.runTurn ?? runTurn,
    deliverFile: given.deliverFile ?? (() => undefined),
    locks: given.locks ?? null,
    saveIntervalMs: given.saveIntervalMs ?? 1000,
  };
}
