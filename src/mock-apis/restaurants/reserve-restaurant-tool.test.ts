import { describe, expect, it } from 'vitest';
import { baseFreeTables, slotOf } from '../bookings/availability';
import { createTestWorld, dataOf, errorOf, TEST_SEED } from '../testing/create-test-world';
import { formatMinutes } from '../world/clock-time';
import type { Day } from '../world/vocabulary';
import { DAYS } from '../world/vocabulary';

/** The first slot (restaurant, day, time) whose fixed capacity is exactly `tables`. */
function findSlot(restaurants: readonly { id: string; name: string }[], tables: number) {
  for (const restaurant of restaurants)
    for (const day of DAYS)
      for (let minutes = 17 * 60; minutes < 21 * 60; minutes += 15) {
        const time = formatMinutes(minutes);
        if (baseFreeTables(TEST_SEED, restaurant.id, day, slotOf(time)) === tables)
          return { restaurant, day: day as Day, time };
      }
  throw new Error(`no slot with ${tables} tables`);
}

describe('ReserveRestaurant', () => {
  it('books a free table and returns an 8-character reference', async () => {
    const { world, call } = createTestWorld();
    const slot = findSlot(world.data.restaurants, 3);
    const data = dataOf(
      await call('ReserveRestaurant', {
        name: slot.restaurant.name,
        people: 2,
        day: slot.day,
        time: slot.time,
      }),
    );
    expect(data).toMatchObject({ name: slot.restaurant.name, people: 2, day: slot.day });
    expect(data.reference).toMatch(/^[A-Z0-9]{8}$/);
    expect(await world.listBookings()).toHaveLength(1);
  });

  it('normalises the day and time the way users say them', async () => {
    const { world, call } = createTestWorld();
    const slot = findSlot(world.data.restaurants, 4);
    const [hours = '0', minutes = '0'] = slot.time.split(':');
    const spoken = `${Number(hours) - 12}${minutes === '00' ? '' : `:${minutes}`}pm`;
    const data = dataOf(
      await call('ReserveRestaurant', {
        name: slot.restaurant.name.toUpperCase(),
        people: '2',
        day: slot.day.slice(0, 3),
        time: spoken,
      }),
    );
    expect(data).toMatchObject({ day: slot.day, time: slot.time, people: 2 });
  });

  it('fills a slot table by table, then refuses with other times and days', async () => {
    const { world, call } = createTestWorld();
    const slot = findSlot(world.data.restaurants, 2);
    const request = { name: slot.restaurant.name, day: slot.day, time: slot.time };
    dataOf(await call('ReserveRestaurant', { ...request, people: 4 }, 'first'));
    dataOf(await call('ReserveRestaurant', { ...request, people: 3 }, 'second'));
    const refused = await call('ReserveRestaurant', { ...request, people: 2 }, 'third');
    const error = errorOf(refused);
    expect(error).toMatchObject({ code: 'unavailable', argument: 'time' });
    const alternatives = refused.ok ? {} : (refused.data ?? {});
    const times = alternatives.alternative_times as string[];
    const days = alternatives.alternative_days as string[];
    expect(times.length + days.length).toBeGreaterThan(0);
    expect(times).not.toContain(slot.time);
    for (const time of times)
      dataOf(await call('ReserveRestaurant', { ...request, time, people: 2 }, 'third'));
    expect(await world.listBookings()).toHaveLength(2 + times.length);
  });

  it('refuses a party too large for the tables left (8 people need two tables)', async () => {
    const { world, call } = createTestWorld();
    const slot = findSlot(world.data.restaurants, 1);
    const request = { name: slot.restaurant.name, day: slot.day, time: slot.time };
    errorOf(await call('ReserveRestaurant', { ...request, people: 8 }));
    dataOf(await call('ReserveRestaurant', { ...request, people: 4 }));
  });

  it('returns the existing reference when the same booking is repeated in a conversation', async () => {
    const { world, call } = createTestWorld();
    const slot = findSlot(world.data.restaurants, 5);
    const request = { name: slot.restaurant.name, people: 2, day: slot.day, time: slot.time };
    const first = dataOf(await call('ReserveRestaurant', request, 'same'));
    const again = dataOf(await call('ReserveRestaurant', request, 'same'));
    expect(again.reference).toBe(first.reference);
    expect(again.already_booked).toBe(true);
    const elsewhere = dataOf(await call('ReserveRestaurant', request, 'another'));
    expect(elsewhere.reference).not.toBe(first.reference);
    expect(await world.listBookings()).toHaveLength(2);
  });

  it.each([
    [{ name: undefined }, 'missing-argument', 'name'],
    [{ name: 'nowhere at all', people: 2, day: 'friday', time: '19:00' }, 'unknown-name', 'name'],
    [{ people: 0 }, 'invalid-argument', 'people'],
    [{ people: 50 }, 'invalid-argument', 'people'],
    [{ people: 'lots' }, 'invalid-argument', 'people'],
    [{ day: 'someday' }, 'invalid-argument', 'day'],
    [{ day: 'dontcare' }, 'invalid-argument', 'day'],
    [{ time: '25:00' }, 'invalid-argument', 'time'],
    [{ time: 'soon' }, 'invalid-argument', 'time'],
    [{ time: undefined }, 'missing-argument', 'time'],
  ])('rejects %j with %s on %s and books nothing', async (override, code, argument) => {
    const { world, call } = createTestWorld();
    const name = world.data.restaurants[0]?.name ?? '';
    const args = { name, people: 2, day: 'friday', time: '19:00', ...override };
    const defined = Object.fromEntries(
      Object.entries(args).filter(([, value]) => value !== undefined),
    );
    const error = errorOf(await call('ReserveRestaurant', defined as never));
    expect(error).toMatchObject({ code, argument });
    expect(error.message.length).toBeGreaterThan(0);
    if (code !== 'missing-argument') expect(error.allowed).toBeTruthy();
    expect(await world.listBookings()).toEqual([]);
  });

  it('refuses a partial name that fits several restaurants, listing them', async () => {
    const { world, call } = createTestWorld();
    const suffix = world.data.restaurants
      .map((record) => record.name.split(' ').slice(1).join(' '))
      .find((tail, _, all) => all.filter((other) => other === tail).length > 1);
    const error = errorOf(
      await call('ReserveRestaurant', {
        name: suffix ?? '',
        people: 2,
        day: 'monday',
        time: '12:00',
      }),
    );
    // Only an exact name books: a partial one is refused with the names it could mean.
    expect(error).toMatchObject({ code: 'unknown-name', argument: 'name' });
    expect(error.allowed?.split(', ').length).toBeGreaterThan(1);
    expect(await world.listBookings()).toEqual([]);
  });
});
