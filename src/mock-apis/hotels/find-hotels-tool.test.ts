import { describe, expect, it } from 'vitest';
import { createTestWorld, dataOf, errorOf } from '../testing/create-test-world';
import { normalizeStars } from './find-hotels-tool';

const { world, call } = createTestWorld();
const hotels = world.data.hotels;

describe('FindHotels', () => {
  it('matches every given constraint, with stars as a number', async () => {
    const expected = hotels.filter(
      (hotel) => hotel.type === 'guesthouse' && hotel.parking === 'yes' && hotel.stars === 4,
    );
    const data = dataOf(
      await call('FindHotels', { type: 'guest house', parking: 'free', stars: '4 stars' }),
    );
    expect(data.count).toBe(expected.length);
    const results = data.results as { name: string; type?: string; stars?: number }[];
    expect(results.map((result) => result.name)).toEqual(
      expected.slice(0, 5).map((hotel) => hotel.name),
    );
    for (const result of results) {
      expect(result.type).toBeUndefined();
      expect(result.stars).toBeUndefined();
    }
  });

  it('treats internet "free wifi" as yes and dontcare as no constraint', async () => {
    const yes = dataOf(await call('FindHotels', { internet: 'free wifi' }));
    expect(yes.count).toBe(hotels.filter((hotel) => hotel.internet === 'yes').length);
    const any = dataOf(await call('FindHotels', { internet: 'dontcare', area: 'any' }));
    expect(any.count).toBe(hotels.length);
  });

  it('names the constraint that emptied the results', async () => {
    const expensiveAreas = new Set(
      hotels.filter((hotel) => hotel.priceRange === 'expensive').map((hotel) => hotel.area),
    );
    const emptyArea = ['centre', 'north', 'south', 'east', 'west'].find(
      (area) => !expensiveAreas.has(area as never),
    );
    if (!emptyArea) return;
    const error = errorOf(await call('FindHotels', { area: emptyArea, price_range: 'expensive' }));
    expect(error.code).toBe('no-match');
    expect(error.argument).toBe('price_range');
    expect(error.allowed).not.toContain('expensive');
  });

  it('reads star ratings as users say them', () => {
    expect(normalizeStars('4')).toBe('4');
    expect(normalizeStars('four star')).toBe('4');
    expect(normalizeStars('3-star')).toBe('3');
    expect(normalizeStars('any')).toBe('dontcare');
    expect(normalizeStars('7')).toBeUndefined();
  });

  it('rejects an unknown hotel type with the allowed values', async () => {
    const error = errorOf(await call('FindHotels', { type: 'hostel' }));
    expect(error).toMatchObject({ code: 'invalid-argument', argument: 'type' });
    expect(error.allowed).toContain('guesthouse');
  });
});
