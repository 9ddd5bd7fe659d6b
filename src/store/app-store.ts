import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ChatSlice } from './chat-slice';
import { createEngineSlice, type EngineSlice } from './engine-slice';
import { sliceApi } from './slice';
import { createWalkthroughSlice, type WalkthroughSlice } from './walkthrough-slice';

/** The whole app state: one key per slice. */
export interface AppState {
  engine: EngineSlice;
  chat: ChatSlice;
  walkthroughs: WalkthroughSlice;
}

export interface AppDependencies {
  engine?: Parameters<typeof createEngineSlice>[1];
  walkthroughs?: Parameters<typeof createWalkthroughSlice>[1];
}

/** A store factory (not a singleton) so tests build one per case with fakes injected. */
export function createAppStore(dependencies: AppDependencies = {}): StoreApi<AppState> {
  const store = createStore<AppState>()(() => ({}) as AppState);
  store.setState({
    engine: createEngineSlice(sliceApi('engine', store), dependencies.engine),
    walkthroughs: createWalkthroughSlice(
      sliceApi('walkthroughs', store),
      dependencies.walkthroughs,
    ),
  });
  return store;
}
