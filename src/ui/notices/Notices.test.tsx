// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAppStore, renderWithStore } from '../testing/fake-app-store';
import { Notices } from './Notices';

afterEach(cleanup);

describe('Notices', () => {
  it('shows storage-full as an alert with its action, and dismisses', () => {
    const store = fakeAppStore({
      notices: [
        {
          id: 'n1',
          kind: 'storage-full',
          message: 'Storage is full.',
          actionLabel: 'Export everything',
        },
        { id: 'n2', kind: 'import', message: 'Imported 2 conversations.' },
      ],
    });
    renderWithStore(<Notices />, store);
    expect(screen.getByRole('alert').textContent).toContain('Storage is full.');
    expect(screen.getByRole('status').textContent).toContain('Imported 2 conversations.');
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    expect(store.getState().chat.noticeAction).toHaveBeenCalledWith('n1');
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss: Storage is full.' }));
    expect(store.getState().chat.dismissNotice).toHaveBeenCalledWith('n1');
  });
});
