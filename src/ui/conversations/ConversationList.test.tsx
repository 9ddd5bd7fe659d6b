// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationSummary } from '../../store/chat/chat-slice';
import { fakeAppStore, renderWithStore } from '../testing/fake-app-store';
import { ConversationList } from './ConversationList';

afterEach(cleanup);

function summary(id: string, title: string, searchText: string): ConversationSummary {
  return { id, title, updatedAt: 1, turnCount: 2, searchText };
}

const summaries = [
  summary('a', 'Dinner in town', 'dinner in town\nitalian food please'),
  summary('b', 'Train to Ely', 'train to ely\nleave after 9'),
];

describe('ConversationList', () => {
  it('filters by the text of the conversation', () => {
    renderWithStore(<ConversationList onOpened={() => {}} />, fakeAppStore({ summaries }));
    fireEvent.change(screen.getByLabelText('Search conversations'), {
      target: { value: 'Italian' },
    });
    const list = screen.getByRole('list', { name: 'Conversation list' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(within(list).getByText('Dinner in town')).toBeTruthy();
  });

  it('renames through an inline field', () => {
    const store = fakeAppStore({ summaries });
    renderWithStore(<ConversationList onOpened={() => {}} />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Rename Train to Ely' }));
    const field = screen.getByLabelText('New title for Train to Ely');
    fireEvent.change(field, { target: { value: 'Ely trip' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(store.getState().chat.renameConversation).toHaveBeenCalledWith('b', 'Ely trip');
  });

  it('deletes and offers undo', () => {
    const store = fakeAppStore({ summaries, lastDeleted: { id: 'c', title: 'Old chat' } });
    renderWithStore(<ConversationList onOpened={() => {}} />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Delete Dinner in town' }));
    expect(store.getState().chat.deleteConversation).toHaveBeenCalledWith('a');
    expect(screen.getByRole('status').textContent).toContain('Old chat');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.getState().chat.undoDelete).toHaveBeenCalledTimes(1);
  });
});

describe('ConversationList with many conversations', () => {
  it('shows a page at a time', () => {
    const many = Array.from({ length: 120 }, (_, index) =>
      summary(`id-${index}`, `Chat ${index}`, `chat ${index}`),
    );
    renderWithStore(<ConversationList onOpened={() => {}} />, fakeAppStore({ summaries: many }));
    const list = screen.getByRole('list', { name: 'Conversation list' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(50);
    fireEvent.click(screen.getByRole('button', { name: 'Show more (70 hidden)' }));
    expect(within(list).getAllByRole('listitem')).toHaveLength(100);
  });

  it('searches beyond the first page', () => {
    const many = Array.from({ length: 120 }, (_, index) =>
      summary(`id-${index}`, `Chat ${index}`, `chat ${index}`),
    );
    renderWithStore(<ConversationList onOpened={() => {}} />, fakeAppStore({ summaries: many }));
    fireEvent.change(screen.getByLabelText('Search conversations'), {
      target: { value: 'chat 119' },
    });
    expect(screen.getByRole('button', { name: /^Chat 119/ })).toBeTruthy();
  });
});
