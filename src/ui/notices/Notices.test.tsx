// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Notice } from '../../store/chat/chat-slice';
import { fakeAppStore, renderWithStore } from '../testing/fake-app-store';
import { Notices } from './Notices';

afterEach(cleanup);

const storageFull: Notice = {
  id: 'n1',
  kind: 'storage-full',
  message: 'Storage is full.',
  actionLabel: 'Export everything',
};
const imported: Notice = { id: 'n2', kind: 'import', message: 'Imported 2 conversations.' };
const upgraded: Notice = { id: 'n3', kind: 'info', message: 'Stored data was upgraded.' };
const damaged: Notice = { id: 'n4', kind: 'corrupt-records', message: 'One was damaged.' };

describe('Notices', () => {
  it('shows one notice, urgent first, with its action, and dismisses it', () => {
    const store = fakeAppStore({ notices: [storageFull, imported] });
    renderWithStore(<Notices />, store);
    expect(screen.getByRole('alert').textContent).toContain('Storage is full.');
    expect(screen.queryByRole('status')).toBeNull(); // folded under "+1 more"
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(store.getState().chat.noticeAction).toHaveBeenCalledWith('n1');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Storage is full.' }));
    expect(store.getState().chat.dismissNotice).toHaveBeenCalledWith('n1');
  });

  it('folds the others under "+N more": urgent ones first, then the newest', () => {
    const store = fakeAppStore({ notices: [storageFull, imported, upgraded, damaged] });
    renderWithStore(<Notices />, store);
    // The newest urgent notice leads; the rest wait behind one button.
    expect(screen.getAllByRole('alert').map((row) => row.textContent)).toEqual([
      expect.stringContaining('One was damaged.'),
    ]);
    const more = screen.getByRole('button', { name: '+3 more' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(more.textContent).toBe('Show fewer');
    const rows = document.querySelectorAll('.notice');
    expect([...rows].map((row) => [row.getAttribute('role'), row.firstChild?.textContent])).toEqual(
      [
        ['alert', 'One was damaged.'],
        ['alert', 'Storage is full.'],
        ['status', 'Stored data was upgraded.'],
        ['status', 'Imported 2 conversations.'],
      ],
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss all' }));
    expect(store.getState().chat.dismissNotice).toHaveBeenCalledTimes(4);
  });

  it('shows a single notice without the fold', () => {
    renderWithStore(<Notices />, fakeAppStore({ notices: [imported] }));
    expect(screen.getByRole('status').textContent).toContain('Imported 2 conversations.');
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });
});
