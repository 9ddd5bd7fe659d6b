import { describe, expect, it } from 'vitest';
import { createTestWorld, dataOf, errorOf } from '../testing/create-test-world';

const { world, call } = createTestWorld();
const restaurants = world.data.restaurants;

interface Shown {
  name: string;
  area?: string;
  food?: string;
  price_range?: string;
  phone?: string;
}

const resultsOf = (data: Record<string, unknown>) => data.results as Shown[];

describe('FindRestaurants', () => {
  it('matches every given constraint and counts all matches, showing five in name order', async () => {
    const expected = restaurants.filter(
      (record) => record.area === 'centre' && record.food === 'indian',
    );
    const data = dataOf(await call('FindRestaurants', { area: 'centre', food: 'indian' }));
    expect(data.count).toBe(expected.length);
    expect(resultsOf(data).map((result) => result.name)).toEqual(
      expected.slice(0, 5).map((record) => record.name),
    );
  });

  it('treats dontcare and absent constraints alike', async () => {
    const absent = await call('FindRestaurants', { food: 'italian' });
    const dontCare = await call('FindRestaurants', {
      food: 'italian',
      area: "don't care",
      price_range: 'any',
    });
    expect(dontCare).toEqual(absent);
  });

  it('normalises what users say', async () => {
    const canonical = await call('FindRestaurants', { area: 'centre', food: 'asian oriental' });
    const spoken = await call('FindRestaurants', { area: 'Center', food: 'Oriental food' });
    expect(spoken).toEqual(canonical);
  });

  it('gives the first result in detail and leaves out fields the query fixed', async () => {
    const results = resultsOf(dataOf(await call('FindRestaurants', { price_range: 'cheap' })));
    expect(results[0]?.phone).toMatch(/^01223/);
    expect(results[1]?.phone).toBeUndefined();
    for (const result of results) {
      expect(result.price_range).toBeUndefined();
      expect(result.area).toBeDefined();
    }
  });

  it('finds a restaurant by part of its name, in full detail', async () => {
    const target = restaurants[10];
    if (!target) throw new Error('no restaurant');
    const data = dataOf(
      await call('FindRestaurants', { name: `The ${target.name.toUpperCase()}` }),
    );
    expect(resultsOf(data)[0]).toMatchObject({ name: target.name, phone: target.phone });
  });

  it('matches names by whole words and ignores a dontcare name', async () => {
    const target = restaurants[10];
    if (!target) throw new Error('no restaurant');
    const firstWord = target.name.split(' ')[0] ?? '';
    const byWord = dataOf(await call('FindRestaurants', { name: firstWord }));
    expect(byWord.count).toBe(
      restaurants.filter((record) => record.name.split(' ').includes(firstWord)).length,
    );
    const fragment = errorOf(await call('FindRestaurants', { name: firstWord.slice(0, 3) }));
    expect(fragment).toMatchObject({ code: 'no-match', argument: 'name' });
    const withSuffix = dataOf(await call('FindRestaurants', { name: `${target.name} restaurant` }));
    expect(withSuffix.count).toBe(1);
    expect(dataOf(await call('FindRestaurants', { name: 'dontcare' })).count).toBe(
      restaurants.length,
    );
  });

  it('says which constraint emptied the results and what it could be instead', async () => {
    const korean = restaurants.find((record) => record.food === 'korean');
    const elsewhere = ['centre', 'north', 'south', 'east', 'west'].find(
      (area) => area !== korean?.area,
    );
    const error = errorOf(await call('FindRestaurants', { food: 'korean', area: elsewhere ?? '' }));
    expect(error).toMatchObject({ code: 'no-match', argument: 'area', allowed: korean?.area });
    const unknown = errorOf(await call('FindRestaurants', { food: 'basque' }));
    expect(unknown.argument).toBe('food');
    expect(unknown.allowed).toContain('indian');
  });

  it('rejects values it cannot understand with what is allowed', async () => {
    const error = errorOf(await call('FindRestaurants', { area: 'downtown-ish' }));
    expect(error).toMatchObject({ code: 'invalid-argument', argument: 'area' });
    expect(error.allowed).toContain('centre');
  });
});
