import type { ContactDetailsSource } from './contact-details';
import { NAME_STEMS, restaurantSuffixes } from './name-parts';
import type { Restaurant } from './records';
import type { RandomSource } from '../../core/random/seeded-random';
import { compareText, expandCounts, pickOne, shuffled } from '../../core/random/seeded-random';
import { CUISINE_COUNTS, RESTAURANT_AREA_COUNTS, RESTAURANT_PRICE_COUNTS } from './vocabulary';

/** About 110 restaurants whose areas, cuisines and prices follow the benchmark's proportions. */
export function generateRestaurants(
  random: RandomSource,
  contacts: ContactDetailsSource,
): Restaurant[] {
  const areas = shuffled(random, expandCounts(RESTAURANT_AREA_COUNTS));
  const cuisines = shuffled(random, expandCounts(CUISINE_COUNTS));
  const prices = shuffled(random, expandCounts(RESTAURANT_PRICE_COUNTS));
  const names = new Set<string>();
  const restaurants: Restaurant[] = [];
  cuisines.forEach((food, index) => {
    const area = areas[index % areas.length] ?? 'centre';
    let name = '';
    do {
      name = `${pickOne(random, NAME_STEMS)} ${pickOne(random, restaurantSuffixes(food))}`;
    } while (names.has(name));
    names.add(name);
    restaurants.push({
      id: `restaurant-${String(index + 1).padStart(3, '0')}`,
      name,
      area,
      food,
      priceRange: prices[index % prices.length] ?? 'moderate',
      address: contacts.address(),
      postcode: contacts.postcode(area),
      phone: contacts.phone(),
    });
  });
  return restaurants.sort((left, right) => compareText(left.name, right.name));
}
