import type { ToolResult } from '../../core/tools/tool-definition';
import type { SearchOutcome } from './search-records';

/** How many matches a search shows; the count says how many there are in all. */
export const SHOWN_RESULTS = 5;

/** Turns a search outcome into the compact observation the model reads. */
export function searchObservation<T>(
  outcome: SearchOutcome<T>,
  noun: string,
  summarize: (record: T) => Record<string, unknown>,
): ToolResult {
  if (outcome.ok)
    return {
      ok: true,
      data: {
        count: outcome.matches.length,
        results: outcome.matches.slice(0, SHOWN_RESULTS).map(summarize),
      },
    };
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
