import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './adapters/pwa/register-service-worker';
import { createBrowserStore } from './store/create-browser-store';
import { App } from './ui/App';
import { AppStoreProvider } from './ui/app-store-context';
import { downloadFile } from './ui/download-file';
import './ui/theme.css';

const store = createBrowserStore({ update: { registerServiceWorker }, deliverFile: downloadFile });

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
store.getState().update.start();

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
