import { describe, expect, it } from 'vitest';
import type { ToolDefinition } from '../tools/tool-definition';
import { describeDialogueState, slotName, updateDialogueState } from './dialogue-state';

function tool(name: string, kind: ToolDefinition['kind'], domain?: string): ToolDefinition {
  return {
    name,
    description: name,
    kind,
    ...(domain === undefined ? {} : { domain }),
    parameters: {},
    execute: () => Promise.resolve({ ok: true, data: {} }),
  };
}

const find = tool('FindRestaurants', 'search', 'restaurant');
const reserve = tool('ReserveRestaurant', 'booking', 'restaurant');

describe('dialogue state', () => {
  it('names slots like the benchmark', () => {
    expect(slotName('price_range')).toBe('pricerange');
    expect(slotName('leave_at')).toBe('leaveat');
    expect(slotName('priceRange')).toBe(slotName('price_range'));
    expect(slotName('Leave-At')).toBe('leaveat');
  });

  it('tracks search arguments per domain and lets later turns overwrite them', () => {
    const first = updateDialogueState({}, find, { area: 'centre', food: 'thai', name: null });
    expect(first).toEqual({ restaurant: { area: 'centre', food: 'thai' } });
    const second = updateDialogueState(first, find, { food: 'indian', price_range: 'cheap' });
    expect(second).toEqual({
      restaurant: { area: 'centre', food: 'indian', pricerange: 'cheap' },
    });
    expect(first.restaurant?.food).toBe('thai');
  });

  it('adds the reference of a successful booking, not of a failed one', () => {
    const args = { name: 'Golden Curry', people: 4, day: 'friday', time: '19:00' };
    const booked = updateDialogueState({}, reserve, args, {
      ok: true,
      data: { reference: 'KWV7HGEB' },
    });
    expect(booked.restaurant).toMatchObject({ people: '4', ref: 'KWV7HGEB' });
    const failed = updateDialogueState({}, reserve, args, {
      ok: false,
      error: { code: 'unavailable', message: 'full' },
    });
    expect(failed.restaurant?.ref).toBeUndefined();
  });

  it('ignores tools without a domain and describes the state in one line', () => {
    const state = { train: { day: 'friday', departure: 'cambridge' } };
    expect(updateDialogueState(state, tool('Lookup', 'lookup'), { day: 'monday' })).toBe(state);
    expect(describeDialogueState(state)).toBe('train: day=friday, departure=cambridge');
  });
});
