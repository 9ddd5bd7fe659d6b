import type { StoreApi } from 'zustand/vanilla';
import type { ChatModel } from '../../core/model/chat-model';
import { StorageFullError, type KeyValueStore } from '../../core/storage/key-value-store';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import type { AppState } from '../app-store';
import type { IdSource, SyncChannel } from '../store-dependencies';

/** A clock that moves only when the test says so. */
export function createFakeClock(start = 1_700_000_000_000) {
  let time = start;
  return {
    now: () => time,
    advance(milliseconds: number) {
      time += milliseconds;
    },
  };
}

export function createCountingIds(prefix = 'id'): IdSource {
  let count = 0;
  return { next: () => `${prefix}-${++count}` };
}

export interface RecordedWrite {
  keys: string[];
  bytes: number;
}

/**
 * A KeyValueStore that records every write (keys and JSON size) and can be made to refuse
 * writes the way a full disk does.
 */
export function createRecordingStore(inner: KeyValueStore = createMemoryKeyValueStore()) {
  const writes: RecordedWrite[] = [];
  let full = false;
  const record = (entries: readonly [string, unknown][]) => {
    if (full) throw new StorageFullError();
    writes.push({
      keys: entries.map(([key]) => key),
      bytes: entries.reduce((total, [, value]) => total + JSON.stringify(value).length, 0),
    });
  };
  const store: KeyValueStore = {
    get: (key) => inner.get(key),
    getMany: (keys) => inner.getMany(keys),
    keys: (prefix) => inner.keys(prefix),
    delete: (key) => inner.delete(key),
    deleteMany: (keys) => inner.deleteMany(keys),
    async set(key, value) {
      record([[key, value]]);
      await inner.set(key, value);
    },
    async setMany(entries) {
      record(entries);
      await inner.setMany(entries);
    },
  };
  return {
    store,
    inner,
    writes,
    setFull(value: boolean) {
      full = value;
    },
  };
}

/** BroadcastChannel stand-in: delivers to every other channel of the same name, later. */
export function createChannelHub() {
  const channels = new Map<string, Set<(data: unknown) => void>>();
  return (name: string): SyncChannel => {
    const members = channels.get(name) ?? new Set();
    channels.set(name, members);
    const listeners: ((event: { data: unknown }) => void)[] = [];
    const deliver = (data: unknown) => {
      for (const listener of listeners) listener({ data: structuredClone(data) });
    };
    members.add(deliver);
    return {
      postMessage(data) {
        for (const member of members) if (member !== deliver) setTimeout(() => member(data), 0);
      },
      addEventListener: (_type, listener) => listeners.push(listener),
      close: () => members.delete(deliver),
    };
  };
}

/** The engine slice is someone else's; tests only need it to hand over a model. */
export function provideModel(store: StoreApi<AppState>, model: ChatModel | null): void {
  store.setState((state) => ({ engine: { ...state.engine, getChatModel: () => model } }));
}

/** Resolves when the predicate holds on the store state (polls; for async hand-offs). */
export async function waitFor(
  check: () => boolean,
  what = 'condition',
  timeoutMs = 2000,
): Promise<void> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
