import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../core/storage/memory-key-value-store';
import { createToolRegistry } from '../core/tools/tool-registry';
import type { ArgumentValue } from '../core/tools/tool-definition';
import { baseFreeTables, slotOf } from './bookings/availability';
import type { BookingRepository } from './bookings/booking';
import { createTestWorld, dataOf, errorOf, TEST_SEED } from './testing/create-test-world';
import { DAYS } from './world/vocabulary';

const { world: sample } = createTestWorld();

function slotWithTables(tables: number) {
  for (const restaurant of sample.data.restaurants)
    for (const day of DAYS)
      if (baseFreeTables(TEST_SEED, restaurant.id, day, slotOf('19:00')) === tables)
        return { name: restaurant.name, day, time: '19:00' };
  throw new Error('no slot');
}

describe('createBookingWorld', () => {
  it('offers the eight tools in order, every parameter described', () => {
    expect(sample.tools.map((tool) => tool.name)).toEqual([
      'FindRestaurants',
      'ReserveRestaurant',
      'FindHotels',
      'ReserveHotel',
      'FindTrains',
      'BuyTrainTickets',
      'GetBooking',
      'CancelBooking',
    ]);
    for (const tool of sample.tools) {
      expect(tool.description.length).toBeGreaterThan(10);
      for (const spec of Object.values(tool.parameters)) expect(spec.description).toBeTruthy();
    }
    expect(sample.tools.filter((tool) => tool.kind === 'booking').map((tool) => tool.name)).toEqual(
      ['ReserveRestaurant', 'ReserveHotel', 'BuyTrainTickets', 'CancelBooking'],
    );
  });

  it('keeps bookings and the capacity they hold across a reload of the same store', async () => {
    const store = createMemoryKeyValueStore();
    const before = createTestWorld({ store });
    const slot = slotWithTables(1);
    const booked = dataOf(await before.call('ReserveRestaurant', { ...slot, people: 2 }));
    const after = createTestWorld({ store });
    expect((await after.world.listBookings()).map((booking) => booking.reference)).toEqual([
      booked.reference,
    ]);
    expect(
      dataOf(await after.call('GetBooking', { reference: String(booked.reference) })),
    ).toMatchObject({
      status: 'active',
    });
    errorOf(await after.call('ReserveRestaurant', { ...slot, people: 2 }, 'someone-else'));
    dataOf(await after.world.cancelBooking(String(booked.reference)));
    dataOf(await after.call('ReserveRestaurant', { ...slot, people: 2 }, 'someone-else'));
  });

  it('gives the last table to exactly one of two simultaneous requests', async () => {
    const { world, call } = createTestWorld();
    const slot = slotWithTables(1);
    const results = await Promise.all([
      call('ReserveRestaurant', { ...slot, people: 2 }, 'first'),
      call('ReserveRestaurant', { ...slot, people: 3 }, 'second'),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await world.listBookings()).toHaveLength(1);
  });

  it('answers after the injected latency, and books nothing when aborted meanwhile', async () => {
    const { world, call } = createTestWorld({ latencyMs: { minimumMs: 40, maximumMs: 60 } });
    const started = performance.now();
    await call('FindRestaurants', { food: 'indian' }, 'c');
    expect(performance.now() - started).toBeGreaterThanOrEqual(35);
    const controller = new AbortController();
    const pending = call(
      'ReserveRestaurant',
      { ...slotWithTables(3), people: 2 },
      'c',
      controller.signal,
    );
    controller.abort();
    expect(errorOf(await pending).code).toBe('aborted');
    expect(await world.listBookings()).toEqual([]);
  });

  it('books nothing for a call whose turn was already stopped, even without latency', async () => {
    const { world, call } = createTestWorld();
    const controller = new AbortController();
    controller.abort();
    const result = await call(
      'ReserveRestaurant',
      { ...slotWithTables(3), people: 2 },
      'c',
      controller.signal,
    );
    expect(errorOf(result).code).toBe('aborted');
    expect(await world.listBookings()).toEqual([]);
  });

  it('turns a storage failure into a tool-failed result, never an exception', async () => {
    const failing: BookingRepository = {
      list: () => Promise.reject(new Error('disk gone')),
      get: () => Promise.reject(new Error('disk gone')),
      findExisting: () => Promise.reject(new Error('disk gone')),
      save: () => Promise.reject(new Error('disk gone')),
      update: () => Promise.reject(new Error('disk gone')),
    };
    const { world, call } = createTestWorld({ bookings: failing });
    const error = errorOf(await call('ReserveRestaurant', { ...slotWithTables(3), people: 2 }));
    expect(error.code).toBe('tool-failed');
    expect(error.message).toContain('disk gone');
    expect(errorOf(await world.cancelBooking('AAAAAAAA')).code).toBe('tool-failed');
  });

  it('never throws and always explains a refusal, whatever the arguments', async () => {
    const { world, registry } = createTestWorld();
    const value: fc.Arbitrary<ArgumentValue> = fc.oneof(
      fc.string(),
      fc.integer({ min: -100, max: 100 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('centre', 'friday', '19:00', 'dontcare', 'TR1234', '4', 'yes'),
      fc.array(fc.string(), { maxLength: 2 }),
    );
    const names = fc.constantFrom(
      ...world.tools.flatMap((tool) => Object.keys(tool.parameters)),
      'surprise',
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: world.tools.length - 1 }),
        fc.dictionary(names, value),
        async (index, args) => {
          const tool = world.tools[index];
          if (!tool) return;
          const result = await registry.dispatch(
            { name: tool.name, arguments: args },
            { conversationId: 'fuzz' },
          );
          if (!result.ok) {
            expect(result.error.code).toMatch(/^[a-z-]+$/);
            expect(result.error.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('works through the tool registry: signature lines, coercion and dispatch', async () => {
    const { world } = createTestWorld();
    const registry = createToolRegistry(world.tools);
    expect(registry.signatureLines()[0]).toBe('1. FindRestaurants(area, food, price_range, name)');
    const result = await registry.dispatch(
      { name: 'FindRestaurants', arguments: { area: 'Center', food: 'indian' } },
      { conversationId: 'c' },
    );
    expect(dataOf(result).count).toBeGreaterThan(0);
    const refused = await registry.dispatch(
      {
        name: 'ReserveHotel',
        arguments: { name: world.data.hotels[0]?.name ?? '', people: 2, day: 'monday', stay: 0 },
      },
      { conversationId: 'c' },
    );
    expect(errorOf(refused)).toMatchObject({ code: 'invalid-argument', argument: 'stay' });
  });
});
