import { createContext, useContext, type ReactNode } from 'react';
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

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore needs an AppStoreProvider above it.');
  return useStore(store, selector);
}
