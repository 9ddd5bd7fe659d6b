import type { ParameterSpec, ToolDefinition } from '../../core/tools/tool-definition';
import { textArgument } from '../../core/tools/tool-definition';
import { isDontCare, simplifyText } from '../normalize/normalize-text';
import { normalizeHotelType, normalizeYesNo } from '../normalize/normalize-values';
import {
  areaParameter,
  constraintValue,
  nameParameter,
  priceRangeParameter,
} from '../tools/parameters';
import { constrainedFields, searchObservation } from '../tools/search';
import type { Hotel } from '../world/records';
import { DONT_CARE, HOTEL_TYPES, YES_NO } from '../world/vocabulary';
import { searchHotels, summarizeHotel } from './search-hotels';

const STAR_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five'];

/** "4", "4 stars", "four star" -> "4"; stars are text, as in the benchmark. */
export function normalizeStars(raw: string): string | undefined {
  if (isDontCare(raw)) return DONT_CARE;
  const text = simplifyText(raw)
    .replace(/[- ]?stars?$/, '')
    .replace(/ rated$/, '');
  const fromWord = STAR_WORDS.indexOf(text);
  if (fromWord >= 0) return String(fromWord);
  return /^[0-5]$/.test(text) ? text : undefined;
}

const yesNoParameter = (description: string): ParameterSpec => ({
  type: 'enum',
  description,
  values: [...YES_NO, DONT_CARE],
  normalize: normalizeYesNo,
  required: false,
});

const parameters: Record<string, ParameterSpec> = {
  area: areaParameter,
  type: {
    type: 'enum',
    description: 'hotel or guesthouse',
    values: [...HOTEL_TYPES, DONT_CARE],
    normalize: normalizeHotelType,
    required: false,
  },
  price_range: priceRangeParameter,
  stars: {
    type: 'string',
    description: 'star rating, 0 to 5',
    normalize: normalizeStars,
    format: 'a star rating from 0 to 5',
    required: false,
  },
  parking: yesNoParameter('free parking: yes or no'),
  internet: yesNoParameter('free wifi: yes or no'),
  name: nameParameter('name of a hotel or guesthouse the user mentions', false),
};

export function createFindHotelsTool(hotels: readonly Hotel[]): ToolDefinition {
  return {
    name: 'FindHotels',
    description:
      'Search Cambridge hotels and guesthouses by any of area, type, price range, stars, parking, internet and name. Returns how many match and the first five.',
    kind: 'search',
    domain: 'hotel',
    parameters,
    execute: async (values) => {
      const stars = constraintValue(textArgument(values, 'stars'));
      const query = {
        area: constraintValue(textArgument(values, 'area')),
        type: constraintValue(textArgument(values, 'type')),
        priceRange: constraintValue(textArgument(values, 'price_range')),
        stars: stars === undefined ? undefined : Number(stars),
        parking: constraintValue(textArgument(values, 'parking')),
        internet: constraintValue(textArgument(values, 'internet')),
        name: constraintValue(textArgument(values, 'name')),
      };
      const fixed = constrainedFields({ ...query, price_range: query.priceRange });
      return searchObservation(searchHotels(hotels, query), 'hotel', summarizeHotel, fixed);
    },
  };
}
