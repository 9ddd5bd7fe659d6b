import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestWorld, dataOf, errorOf } from '../testing/create-test-world';
import { formatMinutes } from '../world/clock-time';
import { DAYS, STATIONS } from '../world/vocabulary';

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

  it('counts exactly the trains a plain filter finds, for any combination of constraints', async () => {
    const optional = <T>(values: fc.Arbitrary<T>) => fc.option(values, { nil: undefined });
    const time = fc.integer({ min: 4 * 60, max: 24 * 60 - 1 }).map(formatMinutes);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          departure: optional(fc.constantFrom(...STATIONS)),
          destination: optional(fc.constantFrom(...STATIONS)),
          day: optional(fc.constantFrom(...DAYS)),
          leave_after: optional(time),
          arrive_by: optional(time),
        }),
        async (query) => {
          const expected = trains.filter(
            (train) =>
              (query.departure === undefined || train.departure === query.departure) &&
              (query.destination === undefined || train.destination === query.destination) &&
              (query.day === undefined || train.day === query.day) &&
              (query.leave_after === undefined || train.leaveAt >= query.leave_after) &&
              (query.arrive_by === undefined || train.arriveBy <= query.arrive_by),
          );
          const args = Object.fromEntries(
            Object.entries(query).filter(
              (entry): entry is [string, string] => entry[1] !== undefined,
            ),
          );
          const result = await call('FindTrains', args);
          if (expected.length === 0) expect(errorOf(result).code).toBe('no-match');
          else {
            const data = dataOf(result);
            expect(data.count).toBe(expected.length);
            expect((data.results as ShownTrain[])[0]?.train_id).toBe(expected[0]?.id);
          }
        },
      ),
      { numRuns: 300 },
    );
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
