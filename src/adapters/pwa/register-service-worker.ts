import { registerSW } from 'virtual:pwa-register';

export interface ServiceWorkerEvents {
  /** A new version is installed and waiting; `apply` activates it and reloads the page. */
  onUpdateReady(apply: () => Promise<void>): void;
  /** The app shell is cached: from now on the app starts with the network off. */
  onOfflineReady(): void;
  /**
   * The new version has taken control of this page, because this tab or another one applied
   * it. The page should reload to run it; `reload` does that, when the caller chooses.
   */
  onNewVersionActive(reload: () => void): void;
}

/** A tab left open for days still learns about new versions. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** The only module that talks to vite-plugin-pwa's registration helper. */
export function registerServiceWorker(events: ServiceWorkerEvents): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => events.onUpdateReady(() => update(true)),
    onOfflineReady: () => events.onOfflineReady(),
    // Without this the helper reloads at once, in every open tab, even one in mid-reply.
    onNeedReload: () => events.onNewVersionActive(() => window.location.reload()),
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      setInterval(() => {
        // Offline, or the server is down: try again at the next interval.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_INTERVAL_MS);
    },
  });
}
