// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeAppStore,
  makeConversation,
  makeTurn,
  renderWithStore,
} from '../testing/fake-app-store';
import { MessageList } from './MessageList';
import { RerunDialog } from './RerunDialog';

afterEach(cleanup);

// jsdom has no modal dialogs: open and close set the attribute, which is what the dialog reads.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

// Turn "b" was regenerated as "b2"; "c" follows the first version.
const conversation = makeConversation(
  [
    makeTurn('a'),
    makeTurn('b'),
    makeTurn('c'),
    makeTurn('b2', { parentId: 'a', reply: 'a newer answer' }),
  ],
  { activeChildren: { a: 'b2' } },
);

function renderList() {
  const store = fakeAppStore({ activeId: 'c1', active: conversation });
  renderWithStore(<MessageList selectedTurnId={null} onSelectTurn={() => {}} />, store);
  return store.getState().chat;
}

describe('versions on screen', () => {
  it('shows the chosen version with a switcher, and switches', () => {
    const chat = renderList();
    expect(screen.getAllByRole('article')).toHaveLength(2);
    expect(screen.getByText('a newer answer')).toBeTruthy();
    expect(screen.queryByText('answer c')).toBeNull();
    const switcher = screen.getByRole('group', { name: 'Turn 2: Version 2 of 2' });
    expect(switcher.textContent).toContain('2/2');
    const next = within(switcher).getByRole('button', { name: 'Next version of turn 2' });
    expect((next as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(switcher).getByRole('button', { name: 'Previous version of turn 2' }));
    expect(chat.showVersion).toHaveBeenCalledWith('b');
    // A turn with one version has no switcher.
    expect(screen.queryByRole('group', { name: /^Turn 1:/ })).toBeNull();
  });

  it('regenerates any reply and edits any message, naming the turn', () => {
    const chat = renderList();
    fireEvent.click(screen.getByRole('button', { name: 'Regenerate reply 1' }));
    expect(chat.regenerate).toHaveBeenCalledWith('a');
    fireEvent.click(screen.getByRole('button', { name: 'Edit message 1' }));
    const editor = screen.getByLabelText('Edit your message 1');
    fireEvent.change(editor, { target: { value: 'question a, edited' } });
    fireEvent.keyDown(editor, { key: 'Enter' });
    expect(chat.editUserMessage).toHaveBeenCalledWith('a', 'question a, edited');
  });
});

describe('the question before a reply that booked is replaced', () => {
  it('names the booking and offers cancel, keep and stop', () => {
    const store = fakeAppStore({
      pendingRerun: {
        conversationId: 'c1',
        turnId: 'a',
        text: 'question a',
        kind: 'regenerate',
        bookings: [{ reference: 'R1234567', label: 'Golden Curry (restaurant)' }],
      },
    });
    renderWithStore(<RerunDialog />, store);
    const dialog = screen.getByRole('dialog', { name: 'Regenerate a reply that booked' });
    expect(dialog.textContent).toContain(
      'This reply booked Golden Curry (restaurant), reference R1234567.',
    );
    const { resolveRerun } = store.getState().chat;
    fireEvent.click(screen.getByRole('button', { name: 'Cancel that booking and regenerate' }));
    expect(resolveRerun).toHaveBeenLastCalledWith('cancel-bookings');
    fireEvent.click(screen.getByRole('button', { name: 'Keep it and regenerate' }));
    expect(resolveRerun).toHaveBeenLastCalledWith('keep-bookings');
    fireEvent.click(screen.getByRole('button', { name: "Don't regenerate" }));
    expect(resolveRerun).toHaveBeenLastCalledWith('dont-rerun');
  });
});
