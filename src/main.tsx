import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './store/app-store';
import { App } from './ui/App';
import { AppStoreProvider } from './ui/app-store-context';
import './ui/theme.css';

const store = createAppStore();
void store.getState().chat.init();
void (store.getState().engine as { initEngine?: () => unknown }).initEngine?.();

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
