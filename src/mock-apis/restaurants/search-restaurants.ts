import type { Restaurant } from '../world/records';
import type { SearchConstraint, SearchOutcome } from '../tools/search';
import { equalsConstraint, nameConstraint, searchRecords } from '../tools/search';

export interface RestaurantQuery {
  area?: string | undefined;
  food?: string | undefined;
  priceRange?: string | undefined;
  /** Already normalised (lower case, no leading "the"). */
  name?: string | undefined;
}

/** Any subset of constraints; undefined means "any". Results keep the world's order (by name). */
export function searchRestaurants(
  restaurants: readonly Restaurant[],
  query: RestaurantQuery,
): SearchOutcome<Restaurant> {
  const constraints: SearchConstraint<Restaurant>[] = [];
  if (query.name !== undefined) constraints.push(nameConstraint(query.name));
  if (query.food !== undefined)
    constraints.push(equalsConstraint('food', query.food, (record) => record.food));
  if (query.area !== undefined)
    constraints.push(equalsConstraint('area', query.area, (record) => record.area));
  if (query.priceRange !== undefined)
    constraints.push(
      equalsConstraint('price_range', query.priceRange, (record) => record.priceRange),
    );
  return searchRecords(restaurants, constraints);
}

/** What the model sees of one restaurant: the fields users ask about, snake_case like the tools. */
export function summarizeRestaurant(
  restaurant: Restaurant,
  detailed: boolean,
): Record<string, unknown> {
  const summary = {
    name: restaurant.name,
    area: restaurant.area,
    food: restaurant.food,
    price_range: restaurant.priceRange,
  };
  if (!detailed) return summary;
  return {
    ...summary,
    phone: restaurant.phone,
    address: restaurant.address,
    postcode: restaurant.postcode,
  };
}
