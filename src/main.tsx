import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createIdbKeyValueStore } from './adapters/idb-keyval/idb-key-value-store';
import { createAppStore } from './store/app-store';
import { App } from './ui/App';
import { AppStoreProvider } from './ui/app-store-context';
import { downloadFile } from './ui/download-file';
import './ui/theme.css';

// The real store: conversations in IndexedDB, other tabs over BroadcastChannel, one writer at a
// time through Web Locks, exports saved as downloads.
const store = createAppStore({
  keyValueStore: createIdbKeyValueStore(),
  createChannel:
    typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : null,
  locks: navigator.locks ?? null,
  deliverFile: downloadFile,
});
// Coming back to the app shows the conversation worked on last, as a reload should.
void store
  .getState()
  .chat.init()
  .then(() => {
    const { activeId, summaries } = store.getState().chat;
    const latest = summaries.reduce<(typeof summaries)[number] | undefined>(
      (newest, summary) => (newest && newest.updatedAt >= summary.updatedAt ? newest : summary),
      undefined,
    );
    if (!activeId && latest) return store.getState().chat.openConversation(latest.id);
  });
void store.getState().engine.initEngine();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>
    </StrictMode>,
  );
}
