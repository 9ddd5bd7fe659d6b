import type { ParameterSpec, ToolDefinition } from '../../core/tools/tool-definition';
import { textArgument } from '../../core/tools/tool-definition';
import { normalizeFood } from '../normalize/normalize-values';
import {
  areaParameter,
  constraintValue,
  nameParameter,
  priceRangeParameter,
} from '../tools/parameters';
import { constrainedFields, searchObservation } from '../tools/search';
import type { Restaurant } from '../world/records';
import { searchRestaurants, summarizeRestaurant } from './search-restaurants';

const parameters: Record<string, ParameterSpec> = {
  area: areaParameter,
  food: {
    type: 'string',
    description: 'type of food, e.g. indian, chinese, italian, british, modern european',
    normalize: normalizeFood,
    format: 'a cuisine such as indian or italian',
    required: false,
  },
  price_range: priceRangeParameter,
  name: nameParameter('name of a restaurant the user mentions', false),
};

export function createFindRestaurantsTool(restaurants: readonly Restaurant[]): ToolDefinition {
  return {
    name: 'FindRestaurants',
    description:
      'Search Cambridge restaurants by any of area, food, price range and name. Returns how many match and the first five.',
    kind: 'search',
    domain: 'restaurant',
    parameters,
    execute: async (values) => {
      const query = {
        area: constraintValue(textArgument(values, 'area')),
        food: constraintValue(textArgument(values, 'food')),
        priceRange: constraintValue(textArgument(values, 'price_range')),
        name: constraintValue(textArgument(values, 'name')),
      };
      const fixed = constrainedFields({ ...query, price_range: query.priceRange });
      return searchObservation(
        searchRestaurants(restaurants, query),
        'restaurant',
        summarizeRestaurant,
        fixed,
      );
    },
  };
}
