// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { buildWalkthroughs } from '../../eval/walkthroughs/index';
import { createAppStore } from '../../store/app-store';
import { renderWithStore } from '../testing/fake-app-store';
import { WalkthroughsView } from './WalkthroughsView';

afterEach(cleanup);

async function storeWith(ids: string[]) {
  const all = await buildWalkthroughs();
  return createAppStore({
    walkthroughs: {
      runStore: createMemoryKeyValueStore(),
      buildWalkthroughs: async () => all.filter((walkthrough) => ids.includes(walkthrough.id)),
    },
  });
}

describe('WalkthroughsView', () => {
  it('shows the chosen walkthrough and plays it without a model, turn by turn', async () => {
    const store = await storeWith(['dinner-centre', 'hotel-parking']);
    await store.getState().chat.init();
    renderWithStore(<WalkthroughsView />, store);
    const turns = await screen.findByRole('list', { name: 'User turns' });
    expect(within(turns).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.change(screen.getByRole('combobox', { name: /Walkthrough/ }), {
      target: { value: 'hotel-parking' },
    });
    expect(within(screen.getByRole('list', { name: 'Goal' })).getByText('hotel')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Turn 1 of 2');
    expect(screen.getByLabelText('Who answers').textContent).toMatch(/No model loaded/);

    fireEvent.click(screen.getByRole('button', { name: 'Next turn' }));
    await screen.findByText('Turn 2 of 2');
    expect(screen.getByLabelText('Who answers').textContent).toMatch(/Walkthrough replay/);
    fireEvent.click(screen.getByRole('button', { name: 'Next turn' }));
    await screen.findByText('All turns played.');
    const replies = store.getState().chat.active?.turns.map((turn) => turn.reply) ?? [];
    expect(replies).toHaveLength(2);
    expect(replies[1]).toMatch(/reference number is [A-Z0-9]{8}/);
  });
});
