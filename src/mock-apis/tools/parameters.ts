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

/**
 * The venue a booking names. The validator resolves it to exactly one listed venue (normalised
 * exact match) before any confirmation card, so the card and the booking agree; a near miss goes
 * back to the model with the candidates.
 */
export function venueParameter(
  description: string,
  venues: readonly { name: string }[],
  noun: 'restaurant' | 'hotel',
): ParameterSpec {
  return {
    type: 'string',
    description,
    normalize: normalizeVenueName,
    format: `the name of a ${noun} from the search results`,
    choices: { noun, names: () => venues.map((venue) => venue.name) },
  };
}

/** The record behind a venue name the validator resolved (so it is always listed). */
export function venueNamed<T extends { name: string }>(venues: readonly T[]) {
  const byName = new Map(venues.map((venue) => [venue.name, venue]));
  return (name: string | undefined): T => {
    const venue = byName.get(name ?? '');
    if (!venue) throw new Error(`'${String(name)}' is not a listed venue`);
    return venue;
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
