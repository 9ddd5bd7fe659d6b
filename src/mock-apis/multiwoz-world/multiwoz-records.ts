/**
 * MultiWOZ's database files as the world's records, so the same tools search and book them.
 * Values are kept as the benchmark writes them (lower case, "guesthouse", "24:10"); only the
 * shapes change: numbers from "23.60 pounds" and "51 minutes", hotel stars as numbers.
 */
import type { Attraction, Hotel, Restaurant, Train, WorldData } from '../world/records';
import type { Area, Day, HotelType, PriceRange, Station, YesNo } from '../world/vocabulary';

export interface MultiwozFiles {
  restaurants: readonly Record<string, unknown>[];
  hotels: readonly Record<string, unknown>[];
  attractions: readonly Record<string, unknown>[];
  trains: readonly Record<string, unknown>[];
}

const text = (record: Record<string, unknown>, field: string) => String(record[field] ?? '');
const number = (value: unknown) => Number.parseFloat(String(value ?? '0')) || 0;
/** A few venues lack a phone; the world reads the switchboard's rather than nothing. */
const phoneOf = (record: Record<string, unknown>) => text(record, 'phone') || '01223000000';

export function toRestaurant(record: Record<string, unknown>): Restaurant {
  return {
    id: `r${text(record, 'id')}`,
    name: text(record, 'name'),
    area: text(record, 'area') as Area,
    food: text(record, 'food'),
    priceRange: text(record, 'pricerange') as PriceRange,
    address: text(record, 'address'),
    postcode: text(record, 'postcode'),
    phone: phoneOf(record),
  };
}

export function toHotel(record: Record<string, unknown>): Hotel {
  const price = (record['price'] ?? {}) as Record<string, unknown>;
  return {
    id: `h${text(record, 'id')}`,
    name: text(record, 'name'),
    type: text(record, 'type') as HotelType,
    area: text(record, 'area') as Area,
    priceRange: text(record, 'pricerange') as PriceRange,
    stars: number(record['stars']),
    internet: text(record, 'internet') as YesNo,
    parking: text(record, 'parking') as YesNo,
    prices: {
      single: number(price['single'] ?? price['double']),
      double: number(price['double']),
      family: number(price['family'] ?? price['double']),
    },
    address: text(record, 'address'),
    postcode: text(record, 'postcode'),
    phone: phoneOf(record),
  };
}

export function toAttraction(record: Record<string, unknown>): Attraction {
  return {
    id: `a${text(record, 'id')}`,
    name: text(record, 'name'),
    type: text(record, 'type'),
    area: text(record, 'area') as Area,
    entranceFee: text(record, 'entrance fee'),
    openHours: text(record, 'openhours'),
    address: text(record, 'address'),
    postcode: text(record, 'postcode'),
    phone: phoneOf(record),
  };
}

export function toTrain(record: Record<string, unknown>): Train {
  return {
    id: text(record, 'trainID'),
    departure: text(record, 'departure') as Station,
    destination: text(record, 'destination') as Station,
    day: text(record, 'day') as Day,
    leaveAt: text(record, 'leaveAt'),
    arriveBy: text(record, 'arriveBy'),
    durationMinutes: number(record['duration']),
    price: number(record['price']),
  };
}

const byName = <T extends { name: string }>(records: T[]) =>
  records.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));

const dayIndex = (day: string) =>
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].indexOf(day);

/** Records in the world's fixed orders: venues by name, trains by day then departure. */
export function toWorldData(files: MultiwozFiles): WorldData {
  return {
    restaurants: byName(files.restaurants.map(toRestaurant)),
    hotels: byName(files.hotels.map(toHotel)),
    attractions: byName(files.attractions.map(toAttraction)),
    trains: files.trains
      .map(toTrain)
      .sort(
        (left, right) =>
          dayIndex(left.day) - dayIndex(right.day) || left.leaveAt.localeCompare(right.leaveAt),
      ),
  };
}
