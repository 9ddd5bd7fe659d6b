import type { ParameterSpec } from '../../core/tools/tool-definition';
import { normalizeClockTime, normalizeSearchTime } from '../normalize/normalize-time';
import {
  dayNormalizer,
  normalizeArea,
  normalizePriceRange,
  normalizeVenueName,
} from '../normalize/normalize-values';
import { AREAS, DAYS, DONT_CARE, PRICE_RANGES } from '../world/vocabulary';

/** Parameter specs shared by several tools, so each is described and normalised once. */

export const MAXIMUM_PARTY = 8;

export const areaParameter: ParameterSpec = {
  type: 'enum',
  description: 'part of town: centre, north, south, east or west',
  values: [...AREAS, DONT_CARE],
  normalize: normalizeArea,
  required: false,
};

export const priceRangeParameter: ParameterSpec = {
  type: 'enum',
  description: 'price range: cheap, moderate or expensive',
  values: [...PRICE_RANGES, DONT_CARE],
  normalize: normalizePriceRange,
  required: false,
};

export function nameParameter(description: string, required: boolean): ParameterSpec {
  return {
    type: 'string',
    description,
    normalize: normalizeVenueName,
    format: 'a name from the search results',
    required,
  };
}

export const peopleParameter: ParameterSpec = {
  type: 'integer',
  description: `number of people, 1 to ${MAXIMUM_PARTY}`,
  minimum: 1,
  maximum: MAXIMUM_PARTY,
};

export function dayParameter(description: string, options: { required: boolean }): ParameterSpec {
  return {
    type: 'enum',
    description,
    values: options.required ? [...DAYS] : [...DAYS, DONT_CARE],
    normalize: dayNormalizer({ allowDontCare: !options.required }),
    required: options.required,
  };
}

export const bookingTimeParameter: ParameterSpec = {
  type: 'string',
  description: 'time of the booking, 24-hour HH:MM',
  normalize: normalizeClockTime,
  format: 'a time as HH:MM (24-hour)',
};

export function searchTimeParameter(description: string): ParameterSpec {
  return {
    type: 'string',
    description,
    normalize: normalizeSearchTime,
    format: 'a time as HH:MM (24-hour)',
    required: false,
  };
}

/** A checked value that constrains a search, or undefined for absent/"dontcare". */
export function constraintValue<T extends string | number | boolean>(
  value: T | undefined,
): T | undefined {
  return value === DONT_CARE ? undefined : value;
}
