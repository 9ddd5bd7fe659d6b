import { describe, expect, it } from 'vitest';
import { composeReply } from './reply-composer';

const restaurant = { name: 'golden wok', phone: '01223123456', postcode: 'cb21ab' };

describe("the oracle's replies", () => {
  it('suggest the first search result and state what the user asked for', () => {
    const reply = composeReply(
      [
        {
          name: 'FindRestaurants',
          kind: 'search',
          result: { ok: true, data: { count: 3, results: [restaurant] } },
        },
      ],
      ['phone'],
      undefined,
      undefined,
    );
    expect(reply).toBe('I found 3 options; I suggest golden wok. The phone number is 01223123456.');
  });

  it('give the real reference and fee after a booking, without doubling the unit', () => {
    const reply = composeReply(
      [
        {
          name: 'BuyTrainTickets',
          kind: 'booking',
          result: { ok: true, data: { reference: 'AB12CD34', total_price: '47.20 pounds' } },
        },
      ],
      [],
      undefined,
      undefined,
    );
    expect(reply).toBe(
      'Your booking is confirmed. The reference number is AB12CD34. The total fee is 47.20 pounds.',
    );
  });

  it("apologise with the world's alternatives when a booking is refused", () => {
    const reply = composeReply(
      [
        {
          name: 'ReserveRestaurant',
          kind: 'booking',
          result: {
            ok: false,
            error: {
              code: 'unavailable',
              message: 'golden wok has no table at 19:00. Offer another time.',
            },
            data: { alternative_times: ['19:15'], alternative_days: [] },
          },
        },
      ],
      [],
      undefined,
      undefined,
    );
    expect(reply).toBe(
      'I am sorry: golden wok has no table at 19:00. There are free times nearby: 19:15. Would you like to try something else?',
    );
  });

  it('answer from the entity in focus when no call was needed', () => {
    expect(composeReply([], ['postcode'], undefined, restaurant)).toBe('The postcode is cb21ab.');
    expect(composeReply([], [], 'Which area?', undefined)).toBe('Which area?');
  });
});
