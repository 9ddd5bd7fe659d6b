import type { ToolResult } from '../../core/tools/tool-definition';
import type { SearchOutcome } from './search-records';

/** How many matches a search shows; the count says how many there are in all. */
export const SHOWN_RESULTS = 5;

/** Renders one record: `detailed` adds contact details (phone, address, ...). */
export type Summarize<T> = (record: T, detailed: boolean) => Record<string, unknown>;

/**
 * The compact observation the model reads. To keep five results within about 250 tokens, the
 * first (the one an agent offers) comes with its details and the rest with what tells them
 * apart, and fields the query fixed (area='centre' for all of them) are left out: the model
 * already knows them from its own call. A search by name shows every match in detail.
 */
export function searchObservation<T>(
  outcome: SearchOutcome<T>,
  noun: string,
  summarize: Summarize<T>,
  constrainedFields: readonly string[],
): ToolResult {
  if (outcome.ok) {
    const byName = constrainedFields.includes('name');
    const omitted = new Set(constrainedFields.filter((field) => field !== 'name'));
    const results = outcome.matches.slice(0, SHOWN_RESULTS).map((record, index) => {
      const summary = summarize(record, byName || index === 0);
      return Object.fromEntries(Object.entries(summary).filter(([key]) => !omitted.has(key)));
    });
    return { ok: true, data: { count: outcome.matches.length, results } };
  }
  const { argument, value } = outcome.emptiedBy;
  return {
    ok: false,
    error: {
      code: 'no-match',
      message: `No ${noun} matches ${argument}='${value}' with the other constraints; ask the user to change ${argument}.`,
      argument,
      allowed: outcome.alternatives,
    },
    data: { count: 0 },
  };
}

/** The observation keys a query fixed: those of the arguments that were given. */
export function constrainedFields(query: Readonly<Record<string, unknown>>): string[] {
  return Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .map(([key]) => key);
}
