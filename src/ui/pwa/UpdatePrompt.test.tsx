// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUpdateSlice, type ServiceWorkerEvents } from '../../store/update/app-update-slice';
import { sliceApi } from '../../store/store-dependencies';
import { fakeAppStore, renderWithStore } from '../testing/fake-app-store';
import { UpdatePrompt } from './UpdatePrompt';

afterEach(cleanup);

/** A fake chat slice plus the real update slice, driven by a fake service worker. */
function setup() {
  const store = fakeAppStore();
  let events: ServiceWorkerEvents | null = null;
  const update = createUpdateSlice(sliceApi('update', store), {
    registerServiceWorker: (given) => (events = given),
    settleMs: 0,
  });
  store.setState({ update });
  store.getState().update.start();
  const worker = () => {
    if (!events) throw new Error('not registered');
    return events;
  };
  const setBusy = (busy: boolean) =>
    act(() => store.setState((state) => ({ chat: { ...state.chat, busy } })));
  renderWithStore(<UpdatePrompt />, store);
  return { store, worker, setBusy };
}

describe('UpdatePrompt', () => {
  it('shows nothing until the service worker reports something', () => {
    setup();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers the waiting version and applies it on click', () => {
    const { worker } = setup();
    const apply = vi.fn(async () => {});
    act(() => worker().onUpdateReady(apply));
    expect(screen.getByRole('status').textContent).toContain('A new version is ready');
    fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Updating…' })).toHaveProperty('disabled', true);
  });

  it('keeps the button disabled while a reply is being generated, and says why', () => {
    const { worker, setBusy } = setup();
    const apply = vi.fn(async () => {});
    act(() => worker().onUpdateReady(apply));
    setBusy(true);
    const button = screen.getByRole('button', { name: 'Reload to update' });
    expect(button).toHaveProperty('disabled', true);
    const reason = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    expect(reason?.textContent).toContain('when the current reply has finished');
    fireEvent.click(button);
    expect(apply).not.toHaveBeenCalled();

    setBusy(false);
    expect(button).toHaveProperty('disabled', false);
    expect(button.getAttribute('aria-describedby')).toBeNull();
    fireEvent.click(button);
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('shows the failure when the update cannot be applied', async () => {
    const { worker } = setup();
    act(() => worker().onUpdateReady(() => Promise.reject(new Error('no worker'))));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Reload to update' }));
    });
    expect(screen.getByRole('status').textContent).toContain(
      'The update could not be applied: no worker',
    );
    expect(screen.getByRole('button', { name: 'Reload to update' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('says once, quietly, that the app works offline', () => {
    const { worker } = setup();
    act(() => worker().onOfflineReady());
    expect(screen.getByRole('status').textContent).toContain('Ready to work offline');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Ready to work offline' }));
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('renders nothing in a store without the update slice', () => {
    renderWithStore(<UpdatePrompt />, fakeAppStore());
    expect(document.body.textContent).toBe('');
  });

  it('says the page will reload after the reply when another tab applied the update', async () => {
    const { worker, setBusy } = setup();
    act(() => worker().onUpdateReady(async () => {}));
    setBusy(true);
    const reload = vi.fn();
    act(() => worker().onNewVersionActive(reload));
    expect(screen.getByRole('status').textContent).toContain(
      'reloads into it when the current reply has finished',
    );
    expect(screen.queryByRole('button', { name: 'Reload to update' })).toBeNull();
    setBusy(false);
    await waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });
});
