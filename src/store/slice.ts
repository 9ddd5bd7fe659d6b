import type { StoreApi } from 'zustand';
import type { AppState } from './app-store';

/**
 * Each slice lives under its own key of AppState, so slices cannot collide and each one updates
 * only its own part. `get` reads the whole state so a slice can call another slice's actions.
 */
export interface SliceApi<K extends keyof AppState> {
  set(update: Partial<AppState[K]> | ((current: AppState[K]) => Partial<AppState[K]>)): void;
  get(): AppState;
  store: StoreApi<AppState>;
}

export function sliceApi<K extends keyof AppState>(key: K, store: StoreApi<AppState>): SliceApi<K> {
  return {
    set(update) {
      store.setState((state) => {
        const current = state[key];
        const patch = typeof update === 'function' ? update(current) : update;
        return { [key]: { ...current, ...patch } } as unknown as Partial<AppState>;
      });
    },
    get: () => store.getState(),
    store,
  };
}
