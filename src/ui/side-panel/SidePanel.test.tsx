// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentStep } from '../../core/conversation/conversation';
import {
  fakeAppStore,
  makeConversation,
  makeTurn,
  renderWithStore,
} from '../testing/fake-app-store';
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

  it('says a server did not report its prefill, rather than showing the whole prompt', () => {
    const fromOllama: AgentStep = {
      ...step,
      usage: {
        promptTokens: 812,
        completionTokens: 21,
        transport: {
          route: 'ollama-generate',
          endpoint: 'http://localhost:11434/api/generate',
          grammar: 'none',
        },
      },
    };
    const turn = makeTurn('t1', { steps: [fromOllama] });
    renderWithStore(
      <SidePanel selectedTurnId={null} />,
      fakeAppStore({ active: makeConversation([turn]), summaries: [] }),
    );
    const call = screen.getByRole('region', { name: 'Model call 1' });
    expect(call.textContent).toContain('Prompt tokens812');
    expect(call.textContent).toContain('Prefilled tokensnot reported by the server');
  });

  it('switches to the dialogue state', () => {
    renderWithStore(<SidePanel selectedTurnId={null} />, storeWithTrace());
    fireEvent.click(screen.getByRole('tab', { name: 'State' }));
    expect(screen.getByRole('table', { name: 'restaurant' }).textContent).toContain('areacentre');
  });

  it('lists bookings with a cancel button', () => {
    const store = fakeAppStore({ active: makeConversation([makeTurn('t1')]) }, [
      {
        reference: 'R1234567',
        kind: 'restaurant',
        venueId: 'restaurant-001',
        venueName: 'Golden Curry',
        conversationId: 'c1',
        requestKey: 'k',
        createdAt: '2026-01-01T00:00:00Z',
        status: 'active',
        details: { people: 4, day: 'friday', time: '19:00' },
      },
    ]);
    renderWithStore(<SidePanel selectedTurnId={null} />, store);
    fireEvent.click(screen.getByRole('tab', { name: 'Bookings' }));
    const list = screen.getByRole('list', { name: 'Bookings' });
    expect(list.textContent).toContain('Golden Curry');
    expect(list.textContent).toContain('people: 4 · day: friday · time: 19:00');
    expect(store.getState().bookings.refresh).toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel booking R1234567' }));
    expect(store.getState().bookings.cancel).toHaveBeenCalledWith('R1234567');
  });
});
