import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Latency } from '../mock-apis';
import { createBookingsSlice, type BookingsSlice } from './bookings/bookings-slice';
import type { ChatSlice } from './chat/chat-slice';
import { createChatSlice } from './chat/create-chat-slice';
import { createNotifier } from './chat/notifier';
import { createTabSync } from './chat/tab-sync';
import { createEngineSlice } from './engine/engine-slice';
import type { EngineDependencies, EngineSlice } from './engine/engine-types';
import { createSettingsSlice, type SettingsSlice } from './settings/settings-slice';
import { sliceApi, withDefaultServices, type StoreServices } from './store-dependencies';
import {
  createUpdateSlice,
  type UpdateDependencies,
  type UpdateSlice,
} from './update/app-update-slice';
import { createWalkthroughSlice } from './walkthroughs/walkthrough-slice';
import type {
  WalkthroughSlice,
  WalkthroughSliceDependencies,
} from './walkthroughs/walkthrough-types';

/** The whole app state: one key per slice. */
export interface AppState {
  engine: EngineSlice;
  chat: ChatSlice;
  walkthroughs: WalkthroughSlice;
  settings: SettingsSlice;
  bookings: BookingsSlice;
  /** The installable shell's update flow (src/store/update/app-update-slice.ts). */
  update: UpdateSlice;
}

/**
 * Everything the store touches outside itself; every field has a Node-friendly default
 * (an in-memory store, no other tabs, the mock booking world without delay).
 */
export interface AppDependencies extends Partial<StoreServices> {
  engine?: EngineDependencies;
  walkthroughs?: WalkthroughSliceDependencies;
  update?: UpdateDependencies;
  /** How long the mock APIs take to answer when `bookingWorld` is not given. */
  latencyMs?: Latency;
}

/** A store factory (not a singleton) so tests build one per case with fakes injected. */
export function createAppStore(dependencies: AppDependencies = {}): StoreApi<AppState> {
  const services = withDefaultServices(dependencies);
  const { keyValueStore } = services;
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
      openWorld: services.openWorld,
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
