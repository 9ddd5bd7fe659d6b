import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; `apply` activates it and reloads the page. */
  onUpdateReady(apply: () => Promise<void>): void;
  /** The app shell is cached: from now on the app starts with the network off. */
  onOfflineReady(): void;
}

/** The only module that talks to vite-plugin-pwa's registration helper. */
export function registerServiceWorker(events: ServiceWorkerEvents): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => events.onUpdateReady(() => update(true)),
    onOfflineReady: () => events.onOfflineReady(),
  });
}
