import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import type { Booking } from './booking';
import { createKeyValueBookingRepository } from './key-value-booking-repository';

function restaurantBooking(reference: string, overrides: Partial<Booking> = {}): Booking {
  return {
    reference,
    kind: 'restaurant',
    venueId: 'restaurant-001',
    venueName: 'willow trattoria',
    conversationId: 'conversation-1',
    requestKey: 'restaurant|restaurant-001|friday|19:00|2',
    createdAt: '2026-11-23T10:00:00.000Z',
    status: 'active',
    details: { people: 2, day: 'friday', time: '19:00' },
    ...overrides,
  } as Booking;
}

describe('createKeyValueBookingRepository', () => {
  it('saves, gets and lists bookings oldest first, ignoring other keys in the store', async () => {
    const store = createMemoryKeyValueStore();
    await store.set('conversation:1', { unrelated: true });
    const repository = createKeyValueBookingRepository(store);
    await repository.save(restaurantBooking('BBBBBBBB', { createdAt: '2026-11-23T11:00:00.000Z' }));
    await repository.save(restaurantBooking('AAAAAAAA', { createdAt: '2026-11-23T12:00:00.000Z' }));
    await repository.save(restaurantBooking('CCCCCCCC', { createdAt: '2026-11-23T09:00:00.000Z' }));
    expect((await repository.list()).map((booking) => booking.reference)).toEqual([
      'CCCCCCCC',
      'BBBBBBBB',
      'AAAAAAAA',
    ]);
    expect((await repository.get('AAAAAAAA'))?.createdAt).toBe('2026-11-23T12:00:00.000Z');
    expect(await repository.get('ZZZZZZZZ')).toBeUndefined();
  });

  it('survives a new repository over the same store, as after a reload', async () => {
    const store = createMemoryKeyValueStore();
    await createKeyValueBookingRepository(store).save(restaurantBooking('AAAAAAAA'));
    const reloaded = createKeyValueBookingRepository(store);
    expect(await reloaded.get('AAAAAAAA')).toEqual(restaurantBooking('AAAAAAAA'));
  });

  it('finds an existing active booking by conversation and request only', async () => {
    const repository = createKeyValueBookingRepository(createMemoryKeyValueStore());
    const booking = restaurantBooking('AAAAAAAA');
    await repository.save(booking);
    expect(await repository.findExisting('conversation-1', booking.requestKey)).toEqual(booking);
    expect(await repository.findExisting('conversation-2', booking.requestKey)).toBeUndefined();
    expect(await repository.findExisting('conversation-1', 'other')).toBeUndefined();
    await repository.update('AAAAAAAA', { status: 'cancelled' });
    expect(await repository.findExisting('conversation-1', booking.requestKey)).toBeUndefined();
  });

  it('updates a stored booking and reports an unknown reference', async () => {
    const repository = createKeyValueBookingRepository(createMemoryKeyValueStore());
    await repository.save(restaurantBooking('AAAAAAAA'));
    const updated = await repository.update('AAAAAAAA', {
      status: 'cancelled',
      cancelledAt: '2026-11-23T13:00:00.000Z',
    });
    expect(updated).toMatchObject({ status: 'cancelled', cancelledAt: '2026-11-23T13:00:00.000Z' });
    expect(await repository.get('AAAAAAAA')).toEqual(updated);
    expect(await repository.update('ZZZZZZZZ', { status: 'cancelled' })).toBeUndefined();
  });
});
