import { describe, expect, it, vi } from 'vitest';
import type { ServiceWorkerEvents } from '../adapters/pwa/register-service-worker';
import { createUpdateSlice, type UpdateSlice } from './app-update-slice';

/** A store holding only what the slice reads: its own key and the chat's busy flag. */
function harness() {
  let events: ServiceWorkerEvents | null = null;
  const registerServiceWorker = vi.fn((given: ServiceWorkerEvents) => {
    events = given;
  });
  const state = { chat: { busy: false }, update: null as unknown as UpdateSlice };
  state.update = createUpdateSlice(
    {
      set: (patch) => {
        state.update = { ...state.update, ...patch };
      },
      get: () => state,
    },
    { registerServiceWorker },
  );
  return {
    state,
    registerServiceWorker,
    update: () => state.update,
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
    const slice = createUpdateSlice({ set: vi.fn(), get: () => ({ chat: { busy: false } }) });
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
    const { state, update, worker } = harness();
    update().start();
    const apply = vi.fn(async () => {});
    worker().onUpdateReady(apply);
    state.chat.busy = true;
    await expect(update().applyUpdate()).resolves.toBe(false);
    expect(apply).not.toHaveBeenCalled();
    expect(update().applying).toBe(false);
    state.chat.busy = false;
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
});
