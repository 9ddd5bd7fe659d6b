import { createStore, type StoreApi } from 'zustand/vanilla';
import { createEngineSlice, type EngineSlice } from './engine-slice';
import { sliceApi } from './slice';

/** The whole app state: one key per slice. */
export interface AppState {
  engine: EngineSlice;
}

/** A store factory (not a singleton) so tests build one per case with fakes injected. */
export function createAppStore(): StoreApi<AppState> {
  const store = createStore<AppState>()(() => ({}) as AppState);
  store.setState({ engine: createEngineSlice(sliceApi('engine', store)) });
  return store;
}
