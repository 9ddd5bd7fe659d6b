// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAppStore, renderWithStore } from '../testing/fake-app-store';
import { Composer } from './Composer';

afterEach(cleanup);

describe('Composer', () => {
  it('sends on Enter and keeps Shift+Enter for a new line', async () => {
    const store = fakeAppStore({ activeId: 'c1' });
    renderWithStore(<Composer />, store);
    const box = screen.getByLabelText('Message');
    fireEvent.change(box, { target: { value: 'a table for two' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(store.getState().chat.send).not.toHaveBeenCalled();
    fireEvent.keyDown(box, { key: 'Enter' });
    await waitFor(() => expect(store.getState().chat.send).toHaveBeenCalledWith('a table for two'));
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('starts a conversation first when none is open', async () => {
    const store = fakeAppStore({ activeId: null });
    renderWithStore(<Composer />, store);
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'hi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(store.getState().chat.send).toHaveBeenCalledWith('hi'));
    expect(store.getState().chat.newConversation).toHaveBeenCalledTimes(1);
  });

  it('shows Stop while a reply runs', () => {
    const store = fakeAppStore({ activeId: 'c1', busy: true });
    renderWithStore(<Composer />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(store.getState().chat.stop).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
  });

  it('is disabled until the store is ready', () => {
    renderWithStore(<Composer />, fakeAppStore({ ready: false }));
    expect(screen.getByLabelText('Message')).toHaveProperty('disabled', true);
  });
});
