import { describe, expect, it } from 'vitest';
import { createTestWorld, dataOf, errorOf } from '../testing/create-test-world';

async function bookSomething() {
  const test = createTestWorld({ now: () => new Date('2026-11-23T10:00:00.000Z') });
  const train = test.world.data.trains[0];
  if (!train) throw new Error('no train');
  const data = dataOf(
    await test.call('BuyTrainTickets', { train_id: train.id, day: train.day, people: 2 }),
  );
  return { ...test, train, reference: String(data.reference) };
}

describe('GetBooking', () => {
  it('reads a booking by reference, whatever the case', async () => {
    const { call, train, reference } = await bookSomething();
    const data = dataOf(await call('GetBooking', { reference: reference.toLowerCase() }));
    expect(data).toMatchObject({
      reference,
      status: 'active',
      kind: 'train',
      train_id: train.id,
      people: 2,
      departure: train.departure,
    });
  });

  it('reports an unknown or malformed reference', async () => {
    const { call } = await bookSomething();
    expect(errorOf(await call('GetBooking', { reference: 'ZZZZZZZZ' }))).toMatchObject({
      code: 'unknown-booking',
      argument: 'reference',
    });
    expect(errorOf(await call('GetBooking', { reference: 'short' }))).toMatchObject({
      code: 'invalid-argument',
      argument: 'reference',
    });
    expect(errorOf(await call('GetBooking', {}))).toMatchObject({ code: 'missing-argument' });
  });
});

describe('CancelBooking', () => {
  it('cancels once, stamps the time, and is harmless to repeat', async () => {
    const { world, call, reference } = await bookSomething();
    const data = dataOf(await call('CancelBooking', { reference }));
    expect(data).toMatchObject({ reference, status: 'cancelled' });
    const [stored] = await world.listBookings();
    expect(stored).toMatchObject({ status: 'cancelled', cancelledAt: '2026-11-23T10:00:00.000Z' });
    expect(dataOf(await call('CancelBooking', { reference }))).toMatchObject({
      already_cancelled: true,
    });
  });

  it('lets the same request be booked again after cancelling, with a new reference', async () => {
    const { call, train, reference } = await bookSomething();
    await call('CancelBooking', { reference });
    const again = dataOf(
      await call('BuyTrainTickets', { train_id: train.id, day: train.day, people: 2 }),
    );
    expect(again.reference).not.toBe(reference);
    expect(again.already_booked).toBeUndefined();
  });

  it('reports an unknown reference, from the tool and from the world', async () => {
    const { world, call } = await bookSomething();
    expect(errorOf(await call('CancelBooking', { reference: 'ZZZZZZZZ' })).code).toBe(
      'unknown-booking',
    );
    expect(errorOf(await world.cancelBooking('ZZZZZZZZ')).code).toBe('unknown-booking');
    // The world's cancel goes through the same validation as the model's.
    expect(errorOf(await world.cancelBooking('nope')).code).toBe('invalid-argument');
  });
});
