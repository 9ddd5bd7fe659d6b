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
    expect(within(overall).getByText('CoALM 8B (paper)')).toBeTruthy();
    expect(within(overall).getAllByText(/measured on MultiWOZ 2.4, other dialogues/)).toHaveLength(
      2,
    );
    expect(
      within(screen.getByRole('table', { name: 'Past runs' })).getAllByRole('row'),
    ).toHaveLength(3);
  });
});
