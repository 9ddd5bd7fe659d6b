import type { ServiceWorkerEvents } from '../../adapters/pwa/register-service-worker';
import type { SliceApi } from '../store-dependencies';

export type { ServiceWorkerEvents };

/** Registers the service worker and reports its events (src/adapters/pwa). */
export type RegisterServiceWorker = (events: ServiceWorkerEvents) => void;

/**
 * The installable shell's update flow. A new version is installed in the background and then
 * waits: it only takes over when the user asks for it, and never while a reply is being
 * generated, because the reload would cut that reply off. When another tab applies it, this
 * page is taken over too; it then reloads as soon as its own reply (if any) is finished.
 */
export interface UpdateSlice {
  /** The app shell is cached: the app now starts with the network off. */
  offlineReady: boolean;
  /** The "Ready to work offline" note was dismissed (it is shown once). */
  offlineNoteDismissed: boolean;
  /** A new version is installed and waiting for `applyUpdate`. */
  updateReady: boolean;
  /** The waiting version is being activated; the page reloads when it takes over. */
  applying: boolean;
  /** Why the last `applyUpdate` failed, or null. */
  error: string | null;
  /**
   * A new version took control of this page (applied here or in another tab) while a reply was
   * being generated: the page reloads as soon as the reply is finished.
   */
  reloadPending: boolean;

  /** Registers the service worker once; later calls do nothing. */
  start(): void;
  /**
   * Activates the waiting version and reloads. Refused (resolves false) while a reply is being
   * generated or when no version is waiting.
   */
  applyUpdate(): Promise<boolean>;
  dismissOfflineNote(): void;
}

/** What the slice needs from the store: its own key, and whether a reply is running. */
export type UpdateSliceApi = SliceApi<
  UpdateSlice,
  { chat: { busy: boolean }; update: Pick<UpdateSlice, 'reloadPending'> }
>;

export interface UpdateDependencies {
  /** Defaults to none, so Node tests and stores built without a browser register nothing. */
  registerServiceWorker?: RegisterServiceWorker;
  /**
   * How long to wait after a reply ends before reloading (default 1 s): the chat clears `busy`
   * a moment before the finished turn is written, and a reload in between would lose it.
   */
  settleMs?: number;
}

const DEFAULT_SETTLE_MS = 1_000;

export function createUpdateSlice(
  api: UpdateSliceApi,
  dependencies: UpdateDependencies = {},
): UpdateSlice {
  const register = dependencies.registerServiceWorker;
  let started = false;
  let activate: (() => Promise<void>) | null = null;
  let reloadScheduled = false;

  const settleMs = dependencies.settleMs ?? DEFAULT_SETTLE_MS;

  /**
   * Reloads once no reply is running and the last one has had time to be saved: a reload
   * would cut a reply off, or lose its final save.
   */
  function reloadWhenIdle(reload: () => void): void {
    if (reloadScheduled) return;
    reloadScheduled = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = () => {
      if (api.get().chat.busy) {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        if (!api.get().update.reloadPending) api.set({ reloadPending: true });
      } else {
        timer ??= setTimeout(() => {
          unsubscribe();
          reload();
        }, settleMs);
      }
    };
    const unsubscribe = api.subscribe(check);
    check();
  }

  return {
    offlineReady: false,
    offlineNoteDismissed: false,
    updateReady: false,
    applying: false,
    error: null,
    reloadPending: false,

    start() {
      if (started || !register) return;
      started = true;
      register({
        onUpdateReady(apply) {
          activate = apply;
          api.set({ updateReady: true, error: null });
        },
        onOfflineReady() {
          api.set({ offlineReady: true });
        },
        onNewVersionActive: reloadWhenIdle,
      });
    },

    async applyUpdate() {
      if (!activate || api.get().chat.busy) return false;
      api.set({ applying: true, error: null });
      try {
        await activate();
        return true;
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        api.set({ applying: false, error: `The update could not be applied: ${message}` });
        return false;
      }
    },

    dismissOfflineNote() {
      api.set({ offlineNoteDismissed: true });
    },
  };
}
