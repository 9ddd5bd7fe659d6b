// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  it('sends with no conversation open (the store starts one on the first message)', async () => {
    const store = fakeAppStore({ activeId: null });
    renderWithStore(<Composer />, store);
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'hi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(store.getState().chat.send).toHaveBeenCalledWith('hi'));
    expect(store.getState().chat.newConversation).not.toHaveBeenCalled();
  });

  it('keeps the message, and says why and what to do, while no model can answer', () => {
    const store = fakeAppStore({ activeId: null });
    store.setState({ engine: { ...store.getState().engine, status: 'none' } });
    renderWithStore(<Composer />, store);
    const box = screen.getByLabelText('Message') as HTMLTextAreaElement;
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.change(box, { target: { value: 'a table for two' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().chat.send).not.toHaveBeenCalled();
    expect(box.value).toBe('a table for two');
    const note = screen.getByRole('status');
    expect(note.textContent).toMatch(/^Not sent: no model is ready/);
    expect(note.textContent).toMatch(/Load a model, connect to a model server, or try the demo/);
    expect(box.getAttribute('aria-describedby')).toBe(note.id);

    act(() => store.setState({ engine: { ...store.getState().engine, status: 'loading' } }));
    expect(screen.getByRole('status').textContent).toMatch(/the model is still loading/);

    // Once something can answer, the note goes and the same message sends.
    act(() => store.setState({ engine: { ...store.getState().engine, status: 'scripted' } }));
    expect(screen.getByRole('status').textContent).toBe('');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(store.getState().chat.send).toHaveBeenCalledWith('a table for two');
    expect(box.value).toBe('');
  });

  it('gives the text back when the store refuses the message', async () => {
    const store = fakeAppStore({ activeId: 'c1' });
    const chat = store.getState().chat;
    let refuse: (sent: boolean) => void = () => {};
    store.setState({
      chat: { ...chat, send: vi.fn(() => new Promise<boolean>((resolve) => (refuse = resolve))) },
    });
    renderWithStore(<Composer />, store);
    const box = screen.getByLabelText('Message') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'while another reply runs' } });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(box.value).toBe('');
    await act(async () => refuse(false));
    expect(box.value).toBe('while another reply runs');
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
