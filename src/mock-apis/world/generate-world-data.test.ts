import { describe, expect, it } from 'vitest';
import { generateWorldData } from './generate-world-data';
import { hashText } from '../../core/random/seeded-random';
import {
  AREAS,
  CUISINE_COUNTS,
  DAYS,
  HOTEL_AREA_COUNTS,
  HOTEL_TYPE_COUNTS,
  PRICE_RANGES,
  RESTAURANT_AREA_COUNTS,
  RESTAURANT_PRICE_COUNTS,
  STATIONS,
} from './vocabulary';

const data = generateWorldData();

function countBy<T>(records: readonly T[], read: (record: T) => string | number) {
  const counts = new Map<string | number, number>();
  for (const record of records) counts.set(read(record), (counts.get(read(record)) ?? 0) + 1);
  return counts;
}

describe('generateWorldData', () => {
  it('is deterministic: the same seed gives equal data and a stable hash', () => {
    expect(generateWorldData()).toEqual(data);
    // Pinned so that a change to the generator (which would move every walkthrough's venues)
    // is a deliberate edit of this line, not an accident.
    expect(hashText(JSON.stringify(data))).toBe(1852180713);
  });

  it('gives another world for another seed', () => {
    const other = generateWorldData(1);
    expect(other.restaurants.map((record) => record.name)).not.toEqual(
      data.restaurants.map((record) => record.name),
    );
  });

  it('builds 110 restaurants with the benchmark proportions', () => {
    expect(data.restaurants).toHaveLength(110);
    expect(countBy(data.restaurants, (record) => record.area)).toEqual(
      new Map(RESTAURANT_AREA_COUNTS),
    );
    expect(countBy(data.restaurants, (record) => record.priceRange)).toEqual(
      new Map(RESTAURANT_PRICE_COUNTS),
    );
    expect(countBy(data.restaurants, (record) => record.food)).toEqual(new Map(CUISINE_COUNTS));
  });

  it('builds 33 hotels, the expensive ones hotels, with every area and price', () => {
    expect(data.hotels).toHaveLength(33);
    expect(countBy(data.hotels, (record) => record.type)).toEqual(new Map(HOTEL_TYPE_COUNTS));
    expect(countBy(data.hotels, (record) => record.area)).toEqual(new Map(HOTEL_AREA_COUNTS));
    for (const hotel of data.hotels) {
      if (hotel.priceRange === 'expensive') expect(hotel.type).toBe('hotel');
      expect(hotel.prices.single).toBeLessThan(hotel.prices.double);
      expect(hotel.prices.double).toBeLessThan(hotel.prices.family);
      expect([0, 2, 3, 4]).toContain(hotel.stars);
    }
    expect(new Set(data.hotels.map((hotel) => hotel.priceRange))).toEqual(new Set(PRICE_RANGES));
    expect(new Set(data.hotels.map((hotel) => hotel.area))).toEqual(new Set(AREAS));
  });

  it('writes names, phones, postcodes and addresses in the right formats, never twice', () => {
    const venues = [...data.restaurants, ...data.hotels];
    for (const venue of venues) {
      expect(venue.phone).toMatch(/^01223\d{6}$/);
      expect(venue.postcode).toMatch(/^cb\d{1,3}[a-z]{2,3}$/);
      expect(venue.address).toMatch(/^\d+ [a-z]+ [a-z]+$/);
      expect(venue.name).toMatch(/^[a-z &]+$/);
    }
    for (const field of ['phone', 'postcode', 'address', 'id'] as const)
      expect(new Set(venues.map((venue) => venue[field])).size).toBe(venues.length);
    expect(new Set(data.restaurants.map((venue) => venue.name)).size).toBe(110);
    expect(new Set(data.hotels.map((venue) => venue.name)).size).toBe(33);
  });

  it('times every route through Cambridge both ways, every day, at fixed durations and fares', () => {
    expect(data.trains.length).toBeGreaterThan(2700);
    expect(data.trains.length).toBeLessThan(2900);
    expect(new Set(data.trains.map((train) => train.id)).size).toBe(data.trains.length);
    const routes = countBy(data.trains, (train) => `${train.departure}>${train.destination}`);
    expect(routes.size).toBe(24);
    for (const station of STATIONS.slice(1)) {
      expect(routes.has(`cambridge>${station}`)).toBe(true);
      expect(routes.has(`${station}>cambridge`)).toBe(true);
    }
    for (const route of routes.keys()) {
      const services = data.trains.filter(
        (train) => `${train.departure}>${train.destination}` === route,
      );
      expect(new Set(services.map((train) => train.durationMinutes)).size).toBe(1);
      expect(new Set(services.map((train) => train.day))).toEqual(new Set(DAYS));
      const monday = services.find((train) => train.day === 'monday')?.price ?? 0;
      const sunday = services.find((train) => train.day === 'sunday')?.price ?? 0;
      expect(sunday).toBeCloseTo(monday * 0.8, 2);
    }
    for (const train of data.trains) {
      expect(train.id).toMatch(/^TR\d{4}$/);
      expect(train.durationMinutes).toBeGreaterThanOrEqual(15);
      expect(train.durationMinutes).toBeLessThanOrEqual(163);
      expect(train.leaveAt >= '05:00' && train.leaveAt <= '23:59').toBe(true);
      expect(train.arriveBy > train.leaveAt).toBe(true);
    }
  });
});
