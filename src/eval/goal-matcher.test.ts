import { describe, expect, it } from 'vitest';
import type { WorldData } from '../mock-apis/world/records';
import { createVenueDatabase, matchingEntities, recordsByDomain } from './goal-matcher';

const restaurant = {
  id: 'r1',
  name: 'golden wok',
  area: 'centre',
  food: 'chinese',
  priceRange: 'cheap',
  address: '1 road',
  postcode: 'cb11aa',
  phone: '01223000000',
} as const;
const train = {
  id: 'TR1234',
  departure: 'cambridge',
  destination: 'london kings cross',
  day: 'friday',
  leaveAt: '09:00',
  arriveBy: '09:51',
  durationMinutes: 51,
  price: 23.6,
} as const;
const data = {
  restaurants: [restaurant, { ...restaurant, id: 'r2', name: 'red lion', priceRange: 'expensive' }],
  hotels: [],
  trains: [train, { ...train, id: 'TR5678', leaveAt: '11:00', arriveBy: '11:51' }],
} as unknown as WorldData;
const database = createVenueDatabase(recordsByDomain(data));

describe('matching entities', () => {
  it('queries the world with the goal, dontcare constraining nothing', () => {
    expect(
      matchingEntities(
        { restaurant: { info: { area: 'centre', price_range: 'cheap' }, reqt: [] } },
        database,
      ),
    ).toEqual({ restaurant: ['golden wok'] });
    expect(
      matchingEntities(
        { restaurant: { info: { area: 'centre', price_range: 'dontcare' }, reqt: [] } },
        database,
      ).restaurant,
    ).toEqual(['golden wok', 'red lion']);
  });

  it('treats train times as bounds', () => {
    const goal = {
      train: { info: { departure: 'cambridge', day: 'friday', leave_after: '10:00' }, reqt: [] },
    };
    expect(matchingEntities(goal, database)).toEqual({ train: ['tr5678'] });
    const arriving = { train: { info: { arrive_by: '10:00' }, reqt: [] } };
    expect(matchingEntities(arriving, database)).toEqual({ train: ['tr1234'] });
  });

  it('queries a dialogue state by its informable slots only', () => {
    const state = { area: 'centre', pricerange: 'cheap', people: '2', time: '19:00' };
    expect(database.query('restaurant', state)).toEqual(['golden wok']);
    expect(database.query('taxi', state)).toEqual([]);
  });
});
