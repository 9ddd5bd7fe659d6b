import type { StoreApi } from 'zustand/vanilla';
import { createIdbKeyValueStore } from '../adapters/idb-keyval/idb-key-value-store';
import { createAppStore, type AppDependencies, type AppState } from './app-store';
import type { LockManagerLike, SyncChannel } from './store-dependencies';

/** The mock APIs answer after about 250 ms, so the UI shows its waiting states honestly. */
export const BROWSER_TOOL_LATENCY = { minimumMs: 150, maximumMs: 350 };

/**
 * The store with the browser's real dependencies: IndexedDB through idb-keyval, other tabs
 * over BroadcastChannel, Web Locks, Date.now and crypto.randomUUID. The caller gives the DOM
 * effects (the file download, the service worker) and still runs `chat.init()` once.
 */
export function createBrowserStore(
  overrides: Pick<AppDependencies, 'engine' | 'walkthroughs' | 'update' | 'deliverFile'> = {},
): StoreApi<AppState> {
  return createAppStore({
    keyValueStore: createIdbKeyValueStore(),
    createChannel: typeof BroadcastChannel === 'function' ? openBroadcastChannel : null,
    now: Date.now,
    ids: { next: () => crypto.randomUUID() },
    latencyMs: BROWSER_TOOL_LATENCY,
    locks: browserLocks(),
    ...overrides,
  });
}

function openBroadcastChannel(name: string): SyncChannel {
  const channel = new BroadcastChannel(name);
  return {
    postMessage: (message) => channel.postMessage(message),
    addEventListener: (_type, listener) =>
      channel.addEventListener('message', (event) => listener({ data: event.data as unknown })),
    close: () => channel.close(),
  };
}

function browserLocks(): LockManagerLike | null {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return null;
  // The DOM typing wraps the callback's promise once more; the lock resolves to its value.
  return {
    request: <T>(name: string, callback: () => Promise<T>) =>
      locks.request(name, callback) as unknown as Promise<T>,
  };
}
