// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

describe('ConversationList by day', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('groups under Today, Yesterday and Earlier headings, with full titles as tooltips', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 20, 15, 0));
    const longTitle = `A long weekend in Cambridge ${'with many plans '.repeat(8)}`.trim();
    const dated = [
      { ...summary('t', longTitle, 'x'), updatedAt: new Date(2026, 2, 20, 9, 5).getTime() },
      { ...summary('y', 'Train to Ely', 'x'), updatedAt: new Date(2026, 2, 19, 22).getTime() },
      { ...summary('e', 'Old hotel', 'x'), updatedAt: new Date(2026, 0, 2).getTime() },
      { ...summary('e2', 'Older hotel', 'x'), updatedAt: new Date(2025, 11, 2).getTime() },
    ];
    renderWithStore(<ConversationList onOpened={() => {}} />, fakeAppStore({ summaries: dated }));
    const list = screen.getByRole('list', { name: 'Conversation list' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(
      within(list)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['Today', 'Yesterday', 'Earlier']);
    // Each heading sits in the row of its day's first conversation.
    const [today, yesterday, earlier, older] = within(list).getAllByRole('listitem');
    expect(within(today!).getByRole('heading').textContent).toBe('Today');
    expect(within(yesterday!).getByRole('heading').textContent).toBe('Yesterday');
    expect(within(earlier!).getByRole('heading').textContent).toBe('Earlier');
    expect(within(older!).queryByRole('heading')).toBeNull();
    const open = within(today!).getByRole('button', { name: /^A long weekend/ });
    expect(open.getAttribute('title')).toBe(longTitle);
    expect(within(today!).getByText(longTitle).className).toBe('conversation-title');
    expect(earlier!.querySelector('time')?.getAttribute('dateTime')).toBe(
      new Date(2026, 0, 2).toISOString(),
    );
  });

  it("finds a conversation by words of the agent's replies, and regroups the matches", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 20, 15, 0));
    const dated = [
      {
        ...summary('a', 'Food', 'food\nsomewhere to eat\nthe golden curry is open'),
        updatedAt: new Date(2026, 2, 19).getTime(),
      },
      {
        ...summary('b', 'Trains', 'trains\nto ely'),
        updatedAt: new Date(2026, 2, 20, 10).getTime(),
      },
    ];
    renderWithStore(<ConversationList onOpened={() => {}} />, fakeAppStore({ summaries: dated }));
    fireEvent.change(screen.getByLabelText('Search conversations'), {
      target: { value: 'Curry  GOLDEN' },
    });
    const list = screen.getByRole('list', { name: 'Conversation list' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(1);
    expect(
      within(list)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['Yesterday']);
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
