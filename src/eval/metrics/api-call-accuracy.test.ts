import { describe, expect, it } from 'vitest';
import { callAccuracy, scoreTurnCalls } from './api-call-accuracy';

const isBooking = (name: string) => name.startsWith('Book');
const search = {
  name: 'FindRestaurants',
  arguments: { area: 'centre', food: 'thai', price_range: 'cheap' },
};

describe('API-call accuracy', () => {
  it('scores identical calls as exact after normalisation', () => {
    const actual = [
      {
        name: 'FindRestaurants',
        arguments: { area: 'Centre ', food: 'thai', price_range: 'cheap' },
      },
    ];
    const counts = scoreTurnCalls([search], actual, isBooking);
    expect(counts).toMatchObject({ expected: 1, nameMatched: 1, exact: 1, spurious: 0 });
    expect(callAccuracy(counts)).toMatchObject({ accuracy: 1, slotF1: 1 });
  });

  it('gives partial slot credit for a wrong value', () => {
    const actual = [
      {
        name: 'FindRestaurants',
        arguments: { area: 'centre', food: 'indian', price_range: 'cheap' },
      },
    ];
    const accuracy = callAccuracy(scoreTurnCalls([search], actual, isBooking));
    expect(accuracy.accuracy).toBe(0);
    expect(accuracy.nameAccuracy).toBe(1);
    expect(accuracy.slotPrecision).toBeCloseTo(2 / 3);
    expect(accuracy.slotRecall).toBeCloseTo(2 / 3);
  });

  it('counts a booking nobody expected as a spurious booking', () => {
    const premature = { name: 'BookRestaurant', arguments: { name: 'x', people: 2 } };
    const counts = scoreTurnCalls([search], [search, premature], isBooking);
    expect(counts).toMatchObject({ exact: 1, spurious: 1, spuriousBookings: 1 });
    expect(callAccuracy(counts).accuracy).toBe(0.5);
    expect(callAccuracy(counts).slotPrecision).toBeCloseTo(3 / 5);
  });

  it('matches repeated calls in order, as for a failed booking and its fallback', () => {
    const first = { name: 'BookRestaurant', arguments: { name: 'a', time: '19:00' } };
    const second = { name: 'BookRestaurant', arguments: { name: 'a', time: '20:00' } };
    const counts = scoreTurnCalls([first, second], [first, second], isBooking);
    expect(counts.exact).toBe(2);
    const missed = scoreTurnCalls([first, second], [first], isBooking);
    expect(missed).toMatchObject({ expected: 2, exact: 1, slotGold: 4, slotTruePositives: 2 });
    expect(callAccuracy(missed).slotRecall).toBe(0.5);
  });
});
