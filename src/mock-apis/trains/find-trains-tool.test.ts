import { describe, expect, it } from 'vitest';
import { createTestWorld, dataOf, errorOf } from '../testing/create-test-world';

const { world, call } = createTestWorld();
const trains = world.data.trains;

interface ShownTrain {
  train_id: string;
  leave_at: string;
  arrive_by: string;
  price?: string;
  duration?: string;
  day?: string;
}

describe('FindTrains', () => {
  it('uses leave after as >= and arrive by as <=, earliest first', async () => {
    const expected = trains.filter(
      (train) =>
        train.departure === 'cambridge' &&
        train.destination === 'london kings cross' &&
        train.day === 'friday' &&
        train.leaveAt >= '09:15' &&
        train.arriveBy <= '16:00',
    );
    const data = dataOf(
      await call('FindTrains', {
        departure: 'Cambridge',
        destination: 'kings cross',
        day: 'fri',
        leave_after: '9:15am',
        arrive_by: '4pm',
      }),
    );
    expect(data.count).toBe(expected.length);
    const results = data.results as ShownTrain[];
    expect(results.map((result) => result.train_id)).toEqual(
      expected.slice(0, 5).map((train) => train.id),
    );
    const leaving = results.map((result) => result.leave_at);
    expect([...leaving].sort()).toEqual(leaving);
    expect(results[0]?.price).toMatch(/^\d+\.\d{2} pounds$/);
    expect(results[0]?.duration).toMatch(/^\d+ minutes$/);
    expect(results[0]?.day).toBeUndefined();
  });

  it('includes a train leaving exactly at leave after and arriving exactly at arrive by', async () => {
    const train = trains.find(
      (candidate) => candidate.destination === 'ely' && candidate.day === 'monday',
    );
    if (!train) throw new Error('no train');
    const exact = dataOf(
      await call('FindTrains', {
        departure: train.departure,
        destination: 'ely',
        day: 'monday',
        leave_after: train.leaveAt,
        arrive_by: train.arriveBy,
      }),
    );
    expect(exact.count).toBe(1);
  });

  it('charges 0.8 of the weekday fare at weekends', async () => {
    const route = { departure: 'norwich', destination: 'cambridge' };
    const weekday = dataOf(await call('FindTrains', { ...route, day: 'wednesday' }));
    const weekend = dataOf(await call('FindTrains', { ...route, day: 'sunday' }));
    const price = (data: Record<string, unknown>) =>
      Number.parseFloat((data.results as ShownTrain[])[0]?.price ?? '0');
    expect(price(weekend)).toBeCloseTo(price(weekday) * 0.8, 2);
  });

  it('explains an empty result by the time that emptied it', async () => {
    const error = errorOf(
      await call('FindTrains', {
        departure: 'cambridge',
        destination: 'ely',
        day: 'monday',
        arrive_by: '05:00',
      }),
    );
    expect(error).toMatchObject({ code: 'no-match', argument: 'arrive_by' });
    expect(error.allowed).toMatch(/first train arrives at \d\d:\d\d/);
    const late = errorOf(
      await call('FindTrains', {
        departure: 'ely',
        destination: 'cambridge',
        leave_after: '23:59',
      }),
    );
    expect(late.argument).toBe('leave_after');
  });

  it('says which station to use when a place is ambiguous or unknown', async () => {
    const error = errorOf(
      await call('FindTrains', { departure: 'london', destination: 'cambridge' }),
    );
    expect(error).toMatchObject({ code: 'invalid-argument', argument: 'departure' });
    expect(error.allowed).toContain('london kings cross');
    expect(error.allowed).toContain('london liverpool street');
    const sameStation = errorOf(await call('FindTrains', { departure: 'ely', destination: 'ely' }));
    expect(sameStation).toMatchObject({ code: 'no-match', argument: 'destination' });
  });
});
