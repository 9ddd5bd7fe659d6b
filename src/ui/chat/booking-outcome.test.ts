import { describe, expect, it } from 'vitest';
import type { AgentStep, Turn } from '../../core/conversation/conversation';
import { bookingOutcomes } from './booking-outcome';

function turnWith(steps: Partial<AgentStep>[], status: Turn['status'] = 'complete'): Turn {
  return {
    id: 't1',
    user: 'book it',
    reply: 'Booked! Your table at fox pasta bar is confirmed.',
    status,
    startedAt: 1,
    state: {},
    steps: steps.map((step, index) => ({
      index,
      stage: 'action',
      prompt: [],
      raw: '',
      startedAt: 1,
      call: { id: `c${index}`, name: 'ReserveRestaurant', arguments: {} },
      ...step,
    })),
  } as Turn;
}

describe('bookingOutcomes', () => {
  it('marks a declined booking whatever the reply says', () => {
    const turn = turnWith([
      { result: { ok: false, error: { code: 'declined', message: 'declined' } } },
    ]);
    expect(bookingOutcomes(turn, new Set())).toEqual([
      { kind: 'declined', text: 'You declined ReserveRestaurant: nothing was booked' },
    ]);
  });

  it('marks a call stopped before it ran, and a failed one with its reason', () => {
    expect(bookingOutcomes(turnWith([{}], 'aborted'), new Set())[0]?.kind).toBe('stopped');
    const failed = turnWith([
      { result: { ok: false, error: { code: 'tool-failed', message: 'the venue is full' } } },
    ]);
    expect(bookingOutcomes(failed, new Set())).toEqual([
      { kind: 'failed', text: 'ReserveRestaurant failed: the venue is full' },
    ]);
  });

  it('gives a booking its reference, and says when it was cancelled since', () => {
    const turn = turnWith([{ result: { ok: true, data: { reference: 'NASJE5KK' } } }]);
    expect(bookingOutcomes(turn, new Set())[0]).toMatchObject({ kind: 'booked' });
    expect(bookingOutcomes(turn, new Set(['NASJE5KK']))[0]).toMatchObject({
      kind: 'cancelled',
      reference: 'NASJE5KK',
    });
  });

  it('says nothing about searches that simply worked', () => {
    const turn = turnWith([{ result: { ok: true, data: { count: 3 } } }]);
    expect(bookingOutcomes(turn, new Set())).toEqual([]);
  });
});
