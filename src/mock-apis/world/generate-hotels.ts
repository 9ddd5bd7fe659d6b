import type { ContactDetailsSource } from './contact-details';
import { GUESTHOUSE_SUFFIXES, HOTEL_SUFFIXES, NAME_STEMS } from './name-parts';
import type { Hotel, RoomPrices } from './records';
import type { RandomSource } from '../../core/random/seeded-random';
import {
  compareText,
  expandCounts,
  integerBetween,
  pickOne,
  shuffled,
} from '../../core/random/seeded-random';
import type { PriceRange } from './vocabulary';
import {
  HOTEL_AREA_COUNTS,
  HOTEL_INTERNET_COUNTS,
  HOTEL_PARKING_COUNTS,
  HOTEL_PRICE_COUNTS,
  HOTEL_STAR_COUNTS,
  HOTEL_TYPE_COUNTS,
} from './vocabulary';

// Nightly room prices in pounds by price range: [single, double, family] ranges.
const ROOM_PRICE_RANGES: Record<PriceRange, readonly (readonly [number, number])[]> = {
  cheap: [
    [25, 60],
    [40, 75],
    [60, 90],
  ],
  moderate: [
    [50, 70],
    [65, 80],
    [85, 110],
  ],
  expensive: [
    [75, 110],
    [90, 145],
    [140, 180],
  ],
};

function roomPrices(random: RandomSource, priceRange: PriceRange): RoomPrices {
  const [single, double, family] = ROOM_PRICE_RANGES[priceRange].map(([low, high]) =>
    integerBetween(random, low, high),
  );
  const singlePrice = single ?? 50;
  // A double never costs less than a single, nor a family room less than a double.
  const doublePrice = Math.max(double ?? 70, singlePrice + 5);
  return {
    single: singlePrice,
    double: doublePrice,
    family: Math.max(family ?? 90, doublePrice + 10),
  };
}

/** About 33 places to stay: mostly guesthouses, the expensive ones are hotels. */
export function generateHotels(random: RandomSource, contacts: ContactDetailsSource): Hotel[] {
  // Expensive places are hotels, as in Cambridge; the rest of the hotels take other prices.
  const prices = shuffled(random, expandCounts(HOTEL_PRICE_COUNTS)).sort(
    (left, right) => Number(right === 'expensive') - Number(left === 'expensive'),
  );
  const types = expandCounts(HOTEL_TYPE_COUNTS).sort(
    (left, right) => Number(right === 'hotel') - Number(left === 'hotel'),
  );
  const areas = shuffled(random, expandCounts(HOTEL_AREA_COUNTS));
  const stars = shuffled(random, expandCounts(HOTEL_STAR_COUNTS));
  const internet = shuffled(random, expandCounts(HOTEL_INTERNET_COUNTS));
  const parking = shuffled(random, expandCounts(HOTEL_PARKING_COUNTS));
  const names = new Set<string>();
  const hotels = types.map((type, index): Hotel => {
    const area = areas[index] ?? 'north';
    const priceRange = prices[index] ?? 'moderate';
    const suffixes = type === 'hotel' ? HOTEL_SUFFIXES : GUESTHOUSE_SUFFIXES;
    let name = '';
    do {
      name = `${pickOne(random, NAME_STEMS)} ${pickOne(random, suffixes)}`;
    } while (names.has(name));
    names.add(name);
    return {
      id: `hotel-${String(index + 1).padStart(2, '0')}`,
      name,
      type,
      area,
      priceRange,
      stars: stars[index] ?? 4,
      internet: internet[index] ?? 'yes',
      parking: parking[index] ?? 'yes',
      prices: roomPrices(random, priceRange),
      address: contacts.address(),
      postcode: contacts.postcode(area),
      phone: contacts.phone(),
    };
  });
  return hotels.sort((left, right) => compareText(left.name, right.name));
}
