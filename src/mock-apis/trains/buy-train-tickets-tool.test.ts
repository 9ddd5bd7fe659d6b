import { describe, expect, it } from 'vitest';
import { baseFreeSeats } from '../bookings/availability';
import { createTestWorld, dataOf, errorOf, TEST_SEED } from '../testing/create-test-world';
import { normalizeTrainId } from './buy-train-tickets-tool';

describe('BuyTrainTickets', () => {
  it('books seats and returns the total price, people x fare', async () => {
    const { world, call } = createTestWorld();
    const train = world.data.trains.find((candidate) => candidate.day === 'saturday');
    if (!train) throw new Error('no train');
    const data = dataOf(
      await call('BuyTrainTickets', { train_id: train.id.toLowerCase(), day: 'Sat', people: 3 }),
    );
    expect(data).toMatchObject({ train_id: train.id, day: 'saturday', people: 3 });
    expect(data.total_price).toBe(`${(Math.round(train.price * 300) / 100).toFixed(2)} pounds`);
    const [booking] = await world.listBookings();
    expect(booking?.kind === 'train' && booking.totalPrice).toBeCloseTo(train.price * 3, 2);
  });

  it('refuses a train id that does not run on the day asked, naming the day it runs', async () => {
    const { world, call } = createTestWorld();
    const train = world.data.trains.find((candidate) => candidate.day === 'tuesday');
    if (!train) throw new Error('no train');
    const error = errorOf(
      await call('BuyTrainTickets', { train_id: train.id, day: 'friday', people: 1 }),
    );
    expect(error).toMatchObject({ code: 'invalid-argument', argument: 'day', allowed: 'tuesday' });
    const unknown = errorOf(
      await call('BuyTrainTickets', { train_id: 'TR0001', day: 'friday', people: 1 }),
    );
    expect(unknown).toMatchObject({ code: 'unknown-train', argument: 'train_id' });
    expect(await world.listBookings()).toEqual([]);
  });

  it('runs out of seats only when they are all sold, and cancelling frees them', async () => {
    const { world, call } = createTestWorld();
    const train = world.data.trains[0];
    if (!train) throw new Error('no train');
    const seats = baseFreeSeats(TEST_SEED, train.id, train.day);
    const references: string[] = [];
    for (let sold = 0; sold + 8 <= seats; sold += 8) {
      const data = dataOf(
        await call(
          'BuyTrainTickets',
          { train_id: train.id, day: train.day, people: 8 },
          `c${sold}`,
        ),
      );
      references.push(String(data.reference));
    }
    const left = seats % 8;
    const error = errorOf(
      await call(
        'BuyTrainTickets',
        { train_id: train.id, day: train.day, people: left + 1 },
        'late',
      ),
    );
    expect(error).toMatchObject({
      code: 'unavailable',
      argument: 'people',
      allowed: `1 to ${left}`,
    });
    dataOf(await world.cancelBooking(references[0] ?? ''));
    dataOf(
      await call(
        'BuyTrainTickets',
        { train_id: train.id, day: train.day, people: left + 1 },
        'late',
      ),
    );
  });

  it('returns the same reference for the same purchase in one conversation', async () => {
    const { world, call } = createTestWorld();
    const train = world.data.trains[5];
    const request = { train_id: train?.id ?? '', day: train?.day ?? '', people: 2 };
    const first = dataOf(await call('BuyTrainTickets', request));
    const again = dataOf(await call('BuyTrainTickets', request));
    expect(again).toMatchObject({ reference: first.reference, already_booked: true });
    expect(await world.listBookings()).toHaveLength(1);
  });

  it.each([
    [{ train_id: 'train 5' }, 'invalid-argument', 'train_id'],
    [{ train_id: undefined }, 'missing-argument', 'train_id'],
    [{ people: 0 }, 'invalid-argument', 'people'],
    [{ people: 9 }, 'invalid-argument', 'people'],
    [{ day: 'dontcare' }, 'invalid-argument', 'day'],
    [{ day: undefined }, 'missing-argument', 'day'],
  ])('rejects %j with %s on %s', async (override, code, argument) => {
    const { world, call } = createTestWorld();
    const train = world.data.trains[0];
    const args = { train_id: train?.id, day: train?.day, people: 1, ...override };
    const defined = Object.fromEntries(
      Object.entries(args).filter(([, value]) => value !== undefined),
    );
    expect(errorOf(await call('BuyTrainTickets', defined as never))).toMatchObject({
      code,
      argument,
    });
    expect(await world.listBookings()).toEqual([]);
  });

  it('reads train ids however they are typed', () => {
    expect(normalizeTrainId('tr 1234')).toBe('TR1234');
    expect(normalizeTrainId('TR12345')).toBeUndefined();
  });
});
