// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeAppStore, renderWithStore } from '../testing/fake-app-store';
import { TransferControls } from './TransferControls';

afterEach(cleanup);

// jsdom has no modal dialogs: open and close set the attribute, which is what the sheet reads.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

describe('the import question', () => {
  it('asks nothing until an import finds conversations already here', () => {
    renderWithStore(<TransferControls />, fakeAppStore());
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('offers Skip, Replace and Cancel, and passes the choice to the store', () => {
    const store = fakeAppStore({ pendingImport: { fileConversations: 5, alreadyHere: 3 } });
    renderWithStore(<TransferControls />, store);
    const question = screen.getByRole('dialog', { name: 'Some conversations are already here' });
    expect(question.textContent).toContain('3 of 5 conversations in this file are already here.');
    fireEvent.click(screen.getByRole('button', { name: 'Replace them' }));
    expect(store.getState().chat.resolveImport).toHaveBeenCalledWith('replace');
    fireEvent.click(screen.getByRole('button', { name: 'Skip them' }));
    expect(store.getState().chat.resolveImport).toHaveBeenCalledWith('skip');
  });

  it('treats closing the question as Cancel', () => {
    const store = fakeAppStore({ pendingImport: { fileConversations: 1, alreadyHere: 1 } });
    renderWithStore(<TransferControls />, store);
    expect(screen.getByRole('dialog').textContent).toContain(
      '1 of 1 conversation in this file is already here.',
    );
    expect(screen.getByRole('button', { name: 'Skip it' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().chat.resolveImport).toHaveBeenCalledWith('cancel');
    const chat = store.getState().chat;
    act(() => store.setState({ chat: { ...chat, pendingImport: null } }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
