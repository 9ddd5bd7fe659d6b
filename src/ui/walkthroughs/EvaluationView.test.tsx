// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createAppStore } from '../../store/app-store';
import { buildWalkthroughs } from '../../eval/walkthroughs/index';
import { renderWithStore } from '../testing/fake-app-store';
import { EvaluationView } from './EvaluationView';

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

describe('EvaluationView', () => {
  it('runs the scripted walkthroughs and shows the results, chart and past run', async () => {
    const store = await storeWith(['dinner-centre', 'named-restaurant']);
    renderWithStore(<EvaluationView />, store);
    fireEvent.click(await screen.findByRole('button', { name: 'Run evaluation' }));
    const table = await screen.findByRole('table', { name: 'Results per walkthrough' });
    const rows = within(table).getAllByRole('row');
    // Header, two oracle runs and one deliberate mistake per profile.
    expect(rows).toHaveLength(1 + 2 * 3);
    expect(within(table).getAllByText('wrong-booking-value')).toHaveLength(2);
    expect(screen.getByRole('img', { name: /Metrics per profile/ })).toBeTruthy();
    const overall = screen.getByRole('table', { name: 'Overall' });
    // Scripted figures are the ideal agent's and never sit beside the paper's.
    expect(screen.getByRole('heading', { name: /Results: ideal agent \(scripted\)/ })).toBeTruthy();
    expect(within(overall).queryByText('CoALM 8B (paper)')).toBeNull();

    // A row opens its transcript beside the gold, with each verdict and its reason.
    fireEvent.click(
      within(table).getByRole('button', {
        name: 'Open Dinner: a cheap indian restaurant in the centre (cra-exact, wrong-booking-value)',
      }),
    );
    const detail = screen.getByRole('region', { name: /Result: Dinner/ });
    expect(within(detail).getByText(/Success: no/)).toBeTruthy();
    expect(within(detail).getByText(/restaurant: no booking with the goal's values/)).toBeTruthy();
    expect(within(detail).getByText(/turn 2: missing restaurant-people=2/)).toBeTruthy();
    expect(within(detail).getAllByRole('row')).toHaveLength(1 + 3);

    // Filtering by feature keeps the walkthroughs that have it.
    fireEvent.change(screen.getByRole('combobox', { name: 'Feature' }), {
      target: { value: 'named-venue' },
    });
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 2);
    expect(
      within(screen.getByRole('table', { name: 'Past runs' })).getAllByRole('row'),
    ).toHaveLength(3);
  });
});
