import { createStore, type StoreApi } from 'zustand/vanilla';
import { createMemoryKeyValueStore } from '../core/storage/memory-key-value-store';
import { createUpdateSlice, type UpdateDependencies, type UpdateSlice } from './app-update-slice';
import { createBookingsSlice, type BookingsSlice } from './bookings-slice';
import type { ChatSlice } from './chat-slice';
import { createChatSlice } from './chat/create-chat-slice';
import { createNotifier } from './chat/notifier';
import { createTabSync } from './chat/tab-sync';
import { createEngineSlice, type EngineSlice } from './engine-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { sliceApi } from './slice';
import type {
  BookingWorld,
  IdSource,
  LockManagerLike,
  RunTurn,
  StoreServices,
  SyncChannel,
} from './store-dependencies';
import { createWalkthroughSlice, type WalkthroughSlice } from './walkthrough-slice';
import type { KeyValueStore } from '../core/storage/key-value-store';
import type { Latency } from '../mock-apis';
import type { TransferFile } from './chat-slice';
import { defaultBookingWorld, defaultRunTurn } from './default-services';

/** The whole app state: one key per slice. */
export interface AppState {
  engine: EngineSlice;
  chat: ChatSlice;
  walkthroughs: WalkthroughSlice;
  settings: SettingsSlice;
  bookings: BookingsSlice;
  /** The installable shell's update flow (src/store/app-update-slice.ts). */
  update: UpdateSlice;
}

/** Everything the store touches outside itself; every field has a Node-friendly default. */
export interface AppDependencies {
  engine?: Parameters<typeof createEngineSlice>[1];
  walkthroughs?: Parameters<typeof createWalkthroughSlice>[1];
  update?: UpdateDependencies;
  /** Defaults to an in-memory store. */
  keyValueStore?: KeyValueStore;
  /** Tab sync; null or absent means this store talks to no other tab. */
  createChannel?: ((name: string) => SyncChannel) | null;
  now?: () => number;
  ids?: IdSource;
  /** Defaults to the mock booking world over `keyValueStore` with `latencyMs`. */
  bookingWorld?: BookingWorld;
  latencyMs?: Latency;
  runTurn?: RunTurn;
  deliverFile?: (file: TransferFile) => void;
  locks?: LockManagerLike | null;
  saveIntervalMs?: number;
}

/** A store factory (not a singleton) so tests build one per case with fakes injected. */
export function createAppStore(dependencies: AppDependencies = {}): StoreApi<AppState> {
  const keyValueStore = dependencies.keyValueStore ?? createMemoryKeyValueStore();
  const services: StoreServices = {
    keyValueStore,
    createChannel: dependencies.createChannel ?? null,
    now: dependencies.now ?? Date.now,
    ids: dependencies.ids ?? { next: () => crypto.randomUUID() },
    bookingWorld:
      dependencies.bookingWorld ?? defaultBookingWorld(keyValueStore, dependencies.latencyMs ?? 0),
    runTurn: dependencies.runTurn ?? defaultRunTurn,
    deliverFile: dependencies.deliverFile ?? (() => undefined),
    locks: dependencies.locks ?? null,
    saveIntervalMs: dependencies.saveIntervalMs ?? 1000,
  };
  const store = createStore<AppState>()(() => ({}) as AppState);
  const chatApi = sliceApi('chat', store);
  const notify = createNotifier(chatApi, services.ids);
  const sync = createTabSync(services.createChannel, services.ids.next());
  store.setState({
    engine: createEngineSlice(sliceApi('engine', store), dependencies.engine),
    walkthroughs: createWalkthroughSlice(
      sliceApi('walkthroughs', store),
      dependencies.walkthroughs,
    ),
    update: createUpdateSlice(sliceApi('update', store), dependencies.update),
    settings: createSettingsSlice(sliceApi('settings', store), {
      keyValueStore,
      sync,
      reportStorageError: notify.storageError,
    }),
    bookings: createBookingsSlice(sliceApi('bookings', store), {
      world: services.bookingWorld,
      sync,
      reportError: (error) =>
        notify.add('error', `Bookings: ${(error as Error | null)?.message ?? String(error)}`),
    }),
  });
  // The chat slice goes last: its notifier reads the other slices through the store.
  store.setState({ chat: createChatSlice(chatApi, services, { notify, sync }) });
  return store;
}
