import { describe, expect, it } from 'vitest';
import { toBookingView } from './booking-view';

const base = {
  reference: 'AB12CD34',
  conversationId: 'c1',
  requestKey: 'k',
  createdAt: '2026-01-01T00:00:00Z',
};

describe('toBookingView', () => {
  it('shows the venue, the details and whether it was cancelled', () => {
    const view = toBookingView({
      ...base,
      kind: 'restaurant',
      venueId: 'restaurant-009',
      venueName: 'fox pasta bar',
      status: 'cancelled',
      details: { people: 2, day: 'friday', time: '19:00' },
    });
    expect(view).toEqual({
      reference: 'AB12CD34',
      kind: 'restaurant',
      venueName: 'fox pasta bar',
      details: [
        ['people', '2'],
        ['day', 'friday'],
        ['time', '19:00'],
      ],
      cancelled: true,
    });
  });

  it('adds the total price of a train booking', () => {
    const view = toBookingView({
      ...base,
      kind: 'train',
      venueId: 'TR1234',
      venueName: 'TR1234',
      status: 'active',
      totalPrice: 37.6,
      details: {
        people: 2,
        day: 'monday',
        departure: 'cambridge',
        destination: 'london kings cross',
        leaveAt: '09:00',
        arriveBy: '09:51',
      },
    });
    expect(view.details.at(-1)).toEqual(['total', '£37.60']);
    expect(view.cancelled).toBe(false);
  });
});
