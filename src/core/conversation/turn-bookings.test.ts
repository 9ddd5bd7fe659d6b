import { describe, expect, it } from 'vitest';
import type { AgentStep } from './conversation';
import { makeTurn } from './test-conversations';
import { bookingReferences } from './turn-bookings';

const step = (result: AgentStep['result']): AgentStep => ({
  index: 0,
  stage: 'action',
  prompt: [],
  raw: '',
  startedAt: 1,
  call: { id: 'c', name: 'ReserveRestaurant', arguments: {} },
  ...(result ? { result } : {}),
});

describe('bookingReferences', () => {
  it('lists the references of the calls that succeeded with one, in order', () => {
    const first = makeTurn('book', 'done', {
      steps: [
        step({ ok: true, data: { reference: 'R1' } }),
        step({ ok: true, data: { results: [] } }),
        step({ ok: false, error: { code: 'declined', message: 'no' } }),
      ],
    });
    const second = makeTurn('again', 'done', {
      steps: [step(undefined), step({ ok: true, data: { reference: 'R2' } })],
    });
    expect(bookingReferences([first, second])).toEqual(['R1', 'R2']);
    expect(bookingReferences([])).toEqual([]);
  });
});
