import type { RandomSource } from '../../core/random/seeded-random';
import { integerBetween, pickOne } from '../../core/random/seeded-random';
import type { Area } from './vocabulary';

// Invented street stems; a number and a kind of street make each address.
const STREET_STEMS = [
  'abbot',
  'barley',
  'bell',
  'brook',
  'cherry',
  'coach',
  'cooper',
  'fen',
  'ferry',
  'fletcher',
  'granary',
  'hollow',
  'kettle',
  'lime',
  'malt',
  'marsh',
  'nightingale',
  'osier',
  'pound',
  'quay',
  'rectory',
  'saxon',
  'tanners',
  'thorn',
  'wharf',
  'weaver',
  'orchard',
  'chapel',
  'sedge',
  'heron',
];
const STREET_KINDS = ['road', 'street', 'lane', 'way', 'close', 'avenue', 'row', 'walk'];
// Postcode districts by area, loosely like Cambridge's.
const DISTRICTS: Record<Area, readonly number[]> = {
  centre: [1, 2],
  north: [4],
  south: [1, 2],
  east: [1, 5],
  west: [3],
};
// Letters never used in the inward part of a UK postcode are left out.
const POSTCODE_LETTERS = 'abdefghjlnpqrstuwxyz';

/** Hands out contact details that never repeat within one world. */
export interface ContactDetailsSource {
  address(): string;
  postcode(area: Area): string;
  phone(): string;
}

export function createContactDetailsSource(random: RandomSource): ContactDetailsSource {
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const value = make();
      if (!used.has(value)) {
        used.add(value);
        return value;
      }
    }
  };
  const letter = () =>
    POSTCODE_LETTERS.charAt(integerBetween(random, 0, POSTCODE_LETTERS.length - 1));
  return {
    address: () =>
      unique(
        () =>
          `${integerBetween(random, 1, 180)} ${pickOne(random, STREET_STEMS)} ${pickOne(random, STREET_KINDS)}`,
      ),
    postcode: (area) =>
      unique(
        () =>
          `cb${pickOne(random, DISTRICTS[area])}${integerBetween(random, 1, 9)}${letter()}${letter()}`,
      ),
    phone: () => unique(() => `01223${integerBetween(random, 200000, 999999)}`),
  };
}
