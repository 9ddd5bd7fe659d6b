import { describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { ServiceWorkerEvents } from '../../adapters/pwa/register-service-worker';
import { sliceApi } from '../store-dependencies';
import { createUpdateSlice, type UpdateSlice } from './app-update-slice';

/** A store holding only what the slice reads: its own key and the chat's busy flag. */
function harness() {
  let events: ServiceWorkerEvents | null = null;
  const registerServiceWorker = vi.fn((given: ServiceWorkerEvents) => {
    events = given;
  });
  const store = createStore<{ chat: { busy: boolean }; update: UpdateSlice }>()(() => ({
    chat: { busy: false },
    update: null as unknown as UpdateSlice,
  }));
  store.setState({
    update: createUpdateSlice(sliceApi('update', store), {
      registerServiceWorker,
      settleMs: 1_000,
    }),
  });
  return {
    registerServiceWorker,
    update: () => store.getState().update,
    setBusy: (busy: boolean) => store.setState({ chat: { busy } }),
    worker(): ServiceWorkerEvents {
      if (!events) throw new Error('the service worker was not registered');
      return events;
    },
  };
}

describe('update slice', () => {
  it('registers the service worker once, on start', () => {
    const { update, registerServiceWorker } = harness();
    expect(registerServiceWorker).not.toHaveBeenCalled();
    update().start();
    update().start();
    expect(registerServiceWorker).toHaveBeenCalledTimes(1);
  });

  it('registers nothing when no service worker is given', () => {
    const slice = createUpdateSlice({
      set: vi.fn(),
      get: () => ({ chat: { busy: false }, update: { reloadPending: false } }),
      subscribe: () => () => undefined,
    });
    expect(() => slice.start()).not.toThrow();
    expect(slice.updateReady).toBe(false);
  });

  it('reports offline-ready and a waiting version', () => {
    const { update, worker } = harness();
    update().start();
    expect(update().offlineReady).toBe(false);
    worker().onOfflineReady();
    expect(update().offlineReady).toBe(true);
    expect(update().updateReady).toBe(false);
    worker().onUpdateReady(async () => {});
    expect(update().updateReady).toBe(true);
  });

  it('applies the waiting version when no reply is running', async () => {
    const { update, worker } = harness();
    update().start();
    const apply = vi.fn(async () => {});
    worker().onUpdateReady(apply);
    await expect(update().applyUpdate()).resolves.toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
    expect(update().applying).toBe(true);
  });

  it('refuses to apply while a reply is being generated, and applies once it is done', async () => {
    const { setBusy, update, worker } = harness();
    update().start();
    const apply = vi.fn(async () => {});
    worker().onUpdateReady(apply);
    setBusy(true);
    await expect(update().applyUpdate()).resolves.toBe(false);
    expect(apply).not.toHaveBeenCalled();
    expect(update().applying).toBe(false);
    setBusy(false);
    await expect(update().applyUpdate()).resolves.toBe(true);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('does nothing when no version is waiting', async () => {
    const { update } = harness();
    update().start();
    await expect(update().applyUpdate()).resolves.toBe(false);
    expect(update().applying).toBe(false);
  });

  it('says why when activating the new version fails, and allows another try', async () => {
    const { update, worker } = harness();
    update().start();
    const apply = vi
      .fn<() => Promise<void>>()
      .mockRejectedValueOnce(new Error('the worker is gone'))
      .mockResolvedValueOnce(undefined);
    worker().onUpdateReady(apply);
    await expect(update().applyUpdate()).resolves.toBe(false);
    expect(update().error).toBe('The update could not be applied: the worker is gone');
    expect(update().applying).toBe(false);
    await expect(update().applyUpdate()).resolves.toBe(true);
    expect(update().error).toBeNull();
  });

  it('shows the offline note until it is dismissed', () => {
    const { update, worker } = harness();
    update().start();
    worker().onOfflineReady();
    expect(update().offlineNoteDismissed).toBe(false);
    update().dismissOfflineNote();
    expect(update().offlineNoteDismissed).toBe(true);
    expect(update().offlineReady).toBe(true);
  });

  it('reloads an idle page once the last save has had time to land', () => {
    vi.useFakeTimers();
    try {
      const { update, worker } = harness();
      update().start();
      const reload = vi.fn();
      worker().onNewVersionActive(reload);
      expect(update().reloadPending).toBe(false);
      vi.advanceTimersByTime(999);
      expect(reload).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits for the running reply, then the settle time, before reloading', () => {
    vi.useFakeTimers();
    try {
      const { setBusy, update, worker } = harness();
      update().start();
      setBusy(true);
      const reload = vi.fn();
      worker().onNewVersionActive(reload);
      expect(update().reloadPending).toBe(true);
      vi.advanceTimersByTime(5_000);
      expect(reload).not.toHaveBeenCalled();

      setBusy(false);
      vi.advanceTimersByTime(500);
      setBusy(true); // a new reply starts within the settle time: wait for it too
      vi.advanceTimersByTime(5_000);
      expect(reload).not.toHaveBeenCalled();

      setBusy(false);
      vi.advanceTimersByTime(1_000);
      expect(reload).toHaveBeenCalledTimes(1);
      setBusy(true);
      setBusy(false);
      worker().onNewVersionActive(reload);
      vi.advanceTimersByTime(5_000);
      expect(reload).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
