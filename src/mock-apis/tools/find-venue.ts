import type { ToolError } from '../../core/tools/tool-definition';
import { containsWords } from './search-records';

export type VenueLookup<T> = { ok: true; venue: T } | { ok: false; error: ToolError };

/**
 * Finds the one venue a booking names: an exact name first, else the single venue whose name
 * contains the words given (or is contained in them). Anything else is an error that lists
 * candidates, so the agent can ask which one was meant.
 */
export function findVenueByName<T extends { name: string }>(
  venues: readonly T[],
  name: string,
  kind: 'restaurant' | 'hotel',
): VenueLookup<T> {
  const exact = venues.find((venue) => venue.name === name);
  if (exact) return { ok: true, venue: exact };
  const partial = venues.filter(
    (venue) => containsWords(venue.name, name) || containsWords(name, venue.name),
  );
  if (partial.length === 1 && partial[0]) return { ok: true, venue: partial[0] };
  if (partial.length > 1)
    return {
      ok: false,
      error: {
        code: 'ambiguous-venue',
        message: `Several ${kind}s match name='${name}'; use the full name.`,
        argument: 'name',
        allowed: partial
          .slice(0, 5)
          .map((venue) => venue.name)
          .join(', '),
      },
    };
  const words = name.split(' ').filter((word) => word.length > 2);
  const similar = venues
    .filter((venue) => words.some((word) => venue.name.split(' ').includes(word)))
    .slice(0, 5);
  return {
    ok: false,
    error: {
      code: 'unknown-venue',
      message: `There is no ${kind} called '${name}'. Search first, then book a name from the results.`,
      argument: 'name',
      allowed:
        similar.length > 0
          ? similar.map((venue) => venue.name).join(', ')
          : `a ${kind} name from Find${kind === 'hotel' ? 'Hotels' : 'Restaurants'}`,
    },
  };
}
