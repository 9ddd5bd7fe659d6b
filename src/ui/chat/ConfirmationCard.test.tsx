// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeAppStore, renderWithStore } from '../testing/fake-app-store';
import { ConfirmationCard } from './ConfirmationCard';

afterEach(cleanup);

const pendingConfirmation = {
  conversationId: 'c1',
  call: { id: 'call-1', name: 'ReserveRestaurant', arguments: { name: 'Golden Curry' } },
  summary: 'Book a table at Golden Curry for 4 on friday at 19:00',
  details: { name: 'Golden Curry', people: '4' },
};

describe('ConfirmationCard', () => {
  it('shows what will be booked and confirms', () => {
    const store = fakeAppStore({ pendingConfirmation, activeId: 'c1' });
    renderWithStore(<ConfirmationCard />, store);
    expect(screen.getByRole('group', { name: 'Confirm booking' }).textContent).toContain(
      'Book a table at Golden Curry for 4',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(store.getState().chat.resolveConfirmation).toHaveBeenCalledWith('c1', true);
  });

  it('declines', () => {
    const store = fakeAppStore({ pendingConfirmation, activeId: 'c1' });
    renderWithStore(<ConfirmationCard />, store);
    fireEvent.click(screen.getByRole('button', { name: 'Decline' }));
    expect(store.getState().chat.resolveConfirmation).toHaveBeenCalledWith('c1', false);
  });

  it('belongs to its conversation: hidden while another one is open', () => {
    const store = fakeAppStore({ pendingConfirmation, activeId: 'c2' });
    const { container } = renderWithStore(<ConfirmationCard />, store);
    expect(container.textContent).toBe('');
  });

  it('renders nothing without a pending booking', () => {
    const { container } = renderWithStore(<ConfirmationCard />, fakeAppStore());
    expect(container.textContent).toBe('');
  });
});

describe('auto-confirm setting', () => {
  it('is a labelled checkbox that calls the settings slice', async () => {
    const { ChatToolbar } = await import('./ChatToolbar');
    const store = fakeAppStore({ activeId: 'c1' });
    renderWithStore(<ChatToolbar />, store);
    fireEvent.click(screen.getByLabelText('Confirm bookings automatically'));
    expect(store.getState().settings.setAutoConfirm).toHaveBeenCalledWith(true);
  });
});
