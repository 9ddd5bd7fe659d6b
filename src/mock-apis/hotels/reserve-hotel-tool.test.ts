import { describe, expect, it } from 'vitest';
import { baseFreeRooms, nightsOf } from '../bookings/availability';
import { createTestWorld, dataOf, errorOf, TEST_SEED } from '../testing/create-test-world';
import type { Day } from '../world/vocabulary';
import { DAYS } from '../world/vocabulary';

const { world: sampleWorld } = createTestWorld();
const hotels = sampleWorld.data.hotels;

/** A stay of `nights` nights whose fixed room counts satisfy the test. */
function findStay(nights: number, fits: (rooms: number[]) => boolean) {
  for (const hotel of hotels)
    for (const day of DAYS) {
      const rooms = nightsOf(day, nights).map((night) => baseFreeRooms(TEST_SEED, hotel.id, night));
      if (fits(rooms)) return { hotel, day: day as Day };
    }
  throw new Error('no such stay');
}

function findFreeStay(stay: number, rooms: number) {
  for (const hotel of hotels)
    for (const day of DAYS)
      if (nightsOf(day, stay).every((night) => baseFreeRooms(TEST_SEED, hotel.id, night) >= rooms))
        return { hotel, day: day as Day };
  throw new Error('no free stay');
}

describe('ReserveHotel', () => {
  it('books a stay when every night has rooms', async () => {
    const { world, call } = createTestWorld();
    const { hotel, day } = findFreeStay(3, 4);
    const data = dataOf(
      await call('ReserveHotel', { name: hotel.name, people: 4, day, stay: '3' }),
    );
    expect(data).toMatchObject({ name: hotel.name, people: 4, day, stay: 3 });
    expect(data.reference).toMatch(/^[A-Z0-9]{8}$/);
    expect(await world.listBookings()).toHaveLength(1);
  });

  it('refuses when one night is full and offers the shorter stay that fits', async () => {
    const { world, call } = createTestWorld();
    // Three nights: the first two have a room, the third is full.
    const { hotel, day } = findStay(
      3,
      ([first = 0, second = 0, third = 0]) => first > 0 && second > 0 && third === 0,
    );
    const refused = await call('ReserveHotel', { name: hotel.name, people: 1, day, stay: 3 });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.code).toBe('unavailable');
    expect(refused.error.argument).toBe('stay');
    expect(refused.data?.longest_stay).toBe(2);
    expect(refused.error.allowed).toBe(`1 to 2 from ${day}`);
    dataOf(await call('ReserveHotel', { name: hotel.name, people: 1, day, stay: 2 }));
    for (const other of refused.data?.alternative_days as Day[])
      dataOf(
        await call('ReserveHotel', { name: hotel.name, people: 1, day: other, stay: 3 }, other),
      );
    expect((await world.listBookings()).every((booking) => booking.kind === 'hotel')).toBe(true);
  });

  it('needs a room per two people on every night, so bookings use up rooms', async () => {
    const { call } = createTestWorld();
    const { hotel, day } = findStay(1, ([rooms]) => rooms === 4);
    dataOf(await call('ReserveHotel', { name: hotel.name, people: 6, day, stay: 1 }, 'a'));
    errorOf(await call('ReserveHotel', { name: hotel.name, people: 3, day, stay: 1 }, 'b'));
    dataOf(await call('ReserveHotel', { name: hotel.name, people: 2, day, stay: 1 }, 'b'));
  });

  it('returns the same reference for the same stay in one conversation', async () => {
    const { world, call } = createTestWorld();
    const { hotel, day } = findFreeStay(2, 2);
    const request = { name: hotel.name, people: 2, day, stay: 2 };
    const first = dataOf(await call('ReserveHotel', request));
    const again = dataOf(await call('ReserveHotel', request));
    expect(again).toMatchObject({ reference: first.reference, already_booked: true });
    expect(await world.listBookings()).toHaveLength(1);
  });

  it.each([
    [{ stay: 0 }, 'invalid-argument', 'stay'],
    [{ stay: 9 }, 'invalid-argument', 'stay'],
    [{ stay: undefined }, 'missing-argument', 'stay'],
    [{ people: 0 }, 'invalid-argument', 'people'],
    [{ people: 50 }, 'invalid-argument', 'people'],
    [{ day: 'next week' }, 'invalid-argument', 'day'],
    [{ name: 'no such lodge anywhere' }, 'unknown-name', 'name'],
  ])('rejects %j with %s on %s and books nothing', async (override, code, argument) => {
    const { world, call } = createTestWorld();
    const args = { name: hotels[0]?.name, people: 2, day: 'monday', stay: 2, ...override };
    const defined = Object.fromEntries(
      Object.entries(args).filter(([, value]) => value !== undefined),
    );
    expect(errorOf(await call('ReserveHotel', defined as never))).toMatchObject({ code, argument });
    expect(await world.listBookings()).toEqual([]);
  });
});
