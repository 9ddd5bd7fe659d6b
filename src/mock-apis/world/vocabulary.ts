/** The value sets of the Cambridge booking world (see docs/mock-apis.md). */

export const AREAS = ['centre', 'north', 'south', 'east', 'west'] as const;
export type Area = (typeof AREAS)[number];

export const PRICE_RANGES = ['cheap', 'moderate', 'expensive'] as const;
export type PriceRange = (typeof PRICE_RANGES)[number];

export const DAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Day = (typeof DAYS)[number];

export const HOTEL_TYPES = ['hotel', 'guesthouse'] as const;
export type HotelType = (typeof HOTEL_TYPES)[number];

export const YES_NO = ['yes', 'no'] as const;
export type YesNo = (typeof YES_NO)[number];

/** The value a user gives when any value will do; search treats it as no constraint. */
export const DONT_CARE = 'dontcare';

// Counts follow the shape of the benchmark's restaurant table (110 records).
export const RESTAURANT_AREA_COUNTS: readonly (readonly [Area, number])[] = [
  ['centre', 69],
  ['west', 14],
  ['east', 9],
  ['south', 9],
  ['north', 9],
];
export const RESTAURANT_PRICE_COUNTS: readonly (readonly [PriceRange, number])[] = [
  ['expensive', 57],
  ['moderate', 31],
  ['cheap', 22],
];
export const CUISINE_COUNTS: readonly (readonly [string, number])[] = [
  ['indian', 22],
  ['chinese', 17],
  ['italian', 15],
  ['british', 11],
  ['european', 6],
  ['modern european', 5],
  ['asian oriental', 5],
  ['gastropub', 4],
  ['international', 3],
  ['turkish', 3],
  ['mediterranean', 3],
  ['spanish', 2],
  ['french', 2],
  ['portuguese', 2],
  ['thai', 2],
  ['mexican', 1],
  ['lebanese', 1],
  ['vietnamese', 1],
  ['japanese', 1],
  ['korean', 1],
  ['african', 1],
  ['seafood', 1],
  ['north american', 1],
];
export const CUISINES: readonly string[] = CUISINE_COUNTS.map(([cuisine]) => cuisine);

// Hotels: 33 records.
export const HOTEL_TYPE_COUNTS: readonly (readonly [HotelType, number])[] = [
  ['guesthouse', 24],
  ['hotel', 9],
];
export const HOTEL_AREA_COUNTS: readonly (readonly [Area, number])[] = [
  ['north', 13],
  ['east', 7],
  ['centre', 5],
  ['south', 4],
  ['west', 4],
];
export const HOTEL_PRICE_COUNTS: readonly (readonly [PriceRange, number])[] = [
  ['expensive', 5],
  ['moderate', 18],
  ['cheap', 10],
];
export const HOTEL_STAR_COUNTS: readonly (readonly [number, number])[] = [
  [4, 21],
  [3, 6],
  [2, 3],
  [0, 3],
];
export const HOTEL_INTERNET_COUNTS: readonly (readonly [YesNo, number])[] = [
  ['yes', 31],
  ['no', 2],
];
export const HOTEL_PARKING_COUNTS: readonly (readonly [YesNo, number])[] = [
  ['yes', 29],
  ['no', 4],
];

export const STATIONS = [
  'cambridge',
  'london kings cross',
  'london liverpool street',
  'kings lynn',
  'norwich',
  'peterborough',
  'ely',
  'stansted airport',
  'leicester',
  'birmingham new street',
  'bishops stortford',
  'broxbourne',
  'stevenage',
] as const;
export type Station = (typeof STATIONS)[number];
