// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentStep } from '../../core/conversation/conversation';
import {
  fakeAppStore,
  makeConversation,
  makeTurn,
  renderWithStore,
} from '../test-support/fake-app-store';
import { SidePanel } from './SidePanel';

afterEach(cleanup);

const step: AgentStep = {
  index: 0,
  stage: 'action',
  prompt: [{ role: 'user', content: '[BEGIN OF TASK INSTRUCTION]\nYou are helpful' }],
  raw: "Thought: wants food\nAction: FindRestaurants(area='centre')",
  thought: 'wants food',
  call: { id: 'call-1', name: 'FindRestaurants', arguments: { area: 'centre', people: 2 } },
  observation: "{'count': 3}",
  usage: { promptTokens: 812, prefilledTokens: 40, completionTokens: 21, totalMs: 120 },
  startedAt: 10,
  endedAt: 130,
};

function storeWithTrace() {
  const turn = makeTurn('t1', { steps: [step], state: { restaurant: { area: 'centre' } } });
  return fakeAppStore({
    active: makeConversation([turn]),
    summaries: [],
  });
}

describe('SidePanel', () => {
  it('shows the prompt, raw output, parsed action, observation and tokens of each call', () => {
    renderWithStore(<SidePanel selectedTurnId={null} />, storeWithTrace());
    const call = screen.getByRole('region', { name: 'Model call 1' });
    expect(call.querySelector('details summary')?.textContent).toBe('Prompt (1 messages)');
    expect(call.textContent).toContain('[BEGIN OF TASK INSTRUCTION]');
    expect(call.textContent).toContain("FindRestaurants(area='centre', people=2)");
    expect(call.textContent).toContain("{'count': 3}");
    expect(call.textContent).toContain('Prefilled tokens40');
    expect(call.textContent).toContain('Completion tokens21');
  });

  it('switches to the dialogue state', () => {
    renderWithStore(<SidePanel selectedTurnId={null} />, storeWithTrace());
    fireEvent.click(screen.getByRole('tab', { name: 'State' }));
    expect(screen.getByRole('table', { name: 'restaurant' }).textContent).toContain('areacentre');
  });

  it('lists bookings with a cancel button when the bookings slice is there', () => {
    const store = storeWithTrace();
    const cancelled: string[] = [];
    store.setState({
      bookings: {
        items: [{ reference: 'R-123', domain: 'restaurant', name: 'Golden Curry', people: 4 }],
        refresh: async () => {},
        cancel: async (reference: string) => {
          cancelled.push(reference);
        },
      },
    } as never);
    renderWithStore(<SidePanel selectedTurnId={null} />, store);
    fireEvent.click(screen.getByRole('tab', { name: 'Bookings' }));
    expect(screen.getByRole('list', { name: 'Bookings' }).textContent).toContain('R-123');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel booking R-123' }));
    expect(cancelled).toEqual(['R-123']);
  });
});
