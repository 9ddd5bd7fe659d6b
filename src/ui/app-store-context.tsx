import {
  createContext,
  useCallback,
  useContext,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { StoreApi } from 'zustand';
import { useStore } from 'zustand';
import type { AppState } from '../store/app-store';

// Components read the store through `useAppStore(selector)` and never import the store module:
// the provider hands them whichever store the app (or a test) built.
const AppStoreContext = createContext<StoreApi<AppState> | null>(null);

export function AppStoreProvider({
  store,
  children,
}: {
  store: StoreApi<AppState>;
  children: ReactNode;
}) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

function useStoreApi(): StoreApi<AppState> {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreProvider above it.');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useStoreApi(), selector);
}

/**
 * Like useAppStore, but re-renders at most once per animation frame. For what changes on every
 * streamed token (the growing reply, the trace of the running turn): a model can emit thousands of
 * deltas a second and the screen only needs the latest one each frame. The selector must return
 * a value that is stable while the state it reads is unchanged (a stored object, not a new one).
 */
export function useAppStoreThrottled<T>(selector: (state: AppState) => T): T {
  const store = useStoreApi();
  const subscribe = useCallback(
    (notify: () => void) => {
      let scheduled: (() => void) | null = null;
      const unsubscribe = store.subscribe(() => {
        if (scheduled) return;
        scheduled = scheduleSoon(() => {
          scheduled = null;
          notify();
        });
      });
      return () => {
        scheduled?.();
        unsubscribe();
      };
    },
    [store],
  );
  return useSyncExternalStore(subscribe, () => selector(store.getState()));
}

/** Runs `task` on the next frame (or soon, where frames do not run); returns a canceller. */
function scheduleSoon(task: () => void): () => void {
  if (typeof requestAnimationFrame === 'function' && document.visibilityState === 'visible') {
    const frame = requestAnimationFrame(task);
    return () => cancelAnimationFrame(frame);
  }
  const timer = setTimeout(task, 16);
  return () => clearTimeout(timer);
}
