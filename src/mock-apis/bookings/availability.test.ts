import { describe, expect, it } from 'vitest';
import { formatMinutes } from '../world/clock-time';
import { generateWorldData } from '../world/generate-world-data';
import { createSeededRandom, integerBetween, pickOne } from '../../core/random/seeded-random';
import { DAYS } from '../world/vocabulary';
import type { Booking } from './booking';
import {
  baseFreeTables,
  freeRooms,
  freeSeats,
  freeTables,
  nightsOf,
  roomsNeeded,
  slotOf,
  tablesNeeded,
} from './availability';

const SEED = 20240611;
const data = generateWorldData(SEED);
const REQUESTS = 20_000;

/** Random first requests like the benchmark's: any venue, 1-8 people, any day, dinner-ish times. */
function restaurantFailureRate(seed: number): number {
  const random = createSeededRandom(seed + 1);
  let failures = 0;
  for (let index = 0; index < REQUESTS; index += 1) {
    const restaurant = pickOne(random, data.restaurants);
    const people = integerBetween(random, 1, 8);
    const time = formatMinutes(integerBetween(random, 44, 88) * 15);
    const day = pickOne(random, DAYS);
    if (freeTables(seed, [], restaurant.id, day, time) < tablesNeeded(people)) failures += 1;
  }
  return failures / REQUESTS;
}

function hotelFailureRate(seed: number): number {
  const random = createSeededRandom(seed + 2);
  let failures = 0;
  for (let index = 0; index < REQUESTS; index += 1) {
    const hotel = pickOne(random, data.hotels);
    const people = integerBetween(random, 1, 8);
    const stay = integerBetween(random, 1, 5);
    const day = pickOne(random, DAYS);
    const fits = nightsOf(day, stay).every(
      (night) => freeRooms(seed, [], hotel.id, night) >= roomsNeeded(people),
    );
    if (!fits) failures += 1;
  }
  return failures / REQUESTS;
}

describe('availability', () => {
  it('turns away about 15% of random first restaurant and hotel requests', () => {
    for (const seed of [SEED, 1, 99]) {
      const restaurantRate = restaurantFailureRate(seed);
      const hotelRate = hotelFailureRate(seed);
      expect(restaurantRate).toBeGreaterThan(0.1);
      expect(restaurantRate).toBeLessThan(0.2);
      expect(hotelRate).toBeGreaterThan(0.1);
      expect(hotelRate).toBeLessThan(0.2);
    }
  });

  it('is a property of the seed, not of the order of requests', () => {
    const restaurant = data.restaurants[3]?.id ?? '';
    const first = DAYS.map((day) => baseFreeTables(SEED, restaurant, day, slotOf('19:00')));
    const again = DAYS.map((day) => baseFreeTables(SEED, restaurant, day, slotOf('19:00')));
    expect(again).toEqual(first);
    const otherSeed = DAYS.flatMap((day) =>
      [17, 18, 19, 20].map((hour) => baseFreeTables(SEED + 1, restaurant, day, hour * 60)),
    );
    const sameSeed = DAYS.flatMap((day) =>
      [17, 18, 19, 20].map((hour) => baseFreeTables(SEED, restaurant, day, hour * 60)),
    );
    expect(otherSeed).not.toEqual(sameSeed);
  });

  it('counts only active bookings in the same slot, night or train', () => {
    const restaurant = data.restaurants[0]?.id ?? '';
    const base = freeTables(SEED, [], restaurant, 'friday', '19:00');
    const booking = (overrides: Partial<Booking>): Booking =>
      ({
        reference: 'ABCDEFGH',
        kind: 'restaurant',
        venueId: restaurant,
        venueName: 'x',
        conversationId: 'c',
        requestKey: 'k',
        createdAt: '2026-01-01T00:00:00.000Z',
        status: 'active',
        details: { people: 6, day: 'friday', time: '19:10' },
        ...overrides,
      }) as Booking;
    expect(freeTables(SEED, [booking({})], restaurant, 'friday', '19:00')).toBe(base - 2);
    expect(
      freeTables(SEED, [booking({ status: 'cancelled' })], restaurant, 'friday', '19:00'),
    ).toBe(base);
    expect(
      freeTables(
        SEED,
        [booking({ details: { people: 6, day: 'friday', time: '19:30' } } as Partial<Booking>)],
        restaurant,
        'friday',
        '19:00',
      ),
    ).toBe(base);
    const hotel = data.hotels[0]?.id ?? '';
    const stay = booking({
      kind: 'hotel',
      venueId: hotel,
      details: { people: 3, day: 'sunday', stay: 2 },
    } as Partial<Booking>);
    expect(freeRooms(SEED, [stay], hotel, 7)).toBe(freeRooms(SEED, [], hotel, 7) - 2);
    expect(freeRooms(SEED, [stay], hotel, 8)).toBe(freeRooms(SEED, [], hotel, 8));
    const train = data.trains[0];
    if (!train) throw new Error('no trains');
    const tickets = booking({
      kind: 'train',
      venueId: train.id,
      details: { people: 5, day: train.day },
      totalPrice: 1,
    } as Partial<Booking>);
    expect(freeSeats(SEED, [tickets], train.id, train.day)).toBe(
      freeSeats(SEED, [], train.id, train.day) - 5,
    );
  });

  it('lays a stay over consecutive nights, past Sunday into the next week', () => {
    expect(nightsOf('saturday', 3)).toEqual([5, 6, 7]);
    expect(nightsOf('monday', 1)).toEqual([0]);
  });
});
