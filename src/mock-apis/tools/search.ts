import type { ToolResult } from '../../core/tools/tool-definition';

/**
 * Constraint search shared by the three domains, with an explanation when nothing matches, and
 * the compact observation the model reads of its outcome.
 */

export interface SearchConstraint<T> {
  argument: string;
  value: string | number;
  matches(record: T): boolean;
  /** The values of this argument that the other constraints leave, e.g. "centre, west". */
  describeAlternatives(candidates: readonly T[]): string;
}

export type SearchOutcome<T> =
  { ok: true; matches: T[] } | { ok: false; emptiedBy: SearchConstraint<T>; alternatives: string };

function filterAll<T>(records: readonly T[], constraints: readonly SearchConstraint<T>[]): T[] {
  return records.filter((record) => constraints.every((constraint) => constraint.matches(record)));
}

/**
 * Applies the constraints in order (records are already in a stable order). When the result is
 * empty it names the first constraint that emptied it and what that argument could be instead.
 */
export function searchRecords<T>(
  records: readonly T[],
  constraints: readonly SearchConstraint<T>[],
): SearchOutcome<T> {
  let remaining: readonly T[] = records;
  for (const [index, constraint] of constraints.entries()) {
    const narrowed = remaining.filter((record) => constraint.matches(record));
    if (narrowed.length === 0) {
      const others = filterAll(
        records,
        constraints.filter((_, otherIndex) => otherIndex !== index),
      );
      const candidates = others.length > 0 ? others : remaining;
      return {
        ok: false,
        emptiedBy: constraint,
        alternatives: constraint.describeAlternatives(candidates),
      };
    }
    remaining = narrowed;
  }
  return { ok: true, matches: [...remaining] };
}

/** Distinct values of a field, in first-seen order of a sorted list: "centre, west". */
export function distinctValues<T>(
  candidates: readonly T[],
  read: (record: T) => string | number,
): string {
  return [...new Set(candidates.map(read))]
    .sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))
    .join(', ');
}

/** Builds an equality constraint on one field. */
export function equalsConstraint<T>(
  argument: string,
  value: string | number,
  read: (record: T) => string | number,
): SearchConstraint<T> {
  return {
    argument,
    value,
    matches: (record) => read(record) === value,
    describeAlternatives: (candidates) => distinctValues(candidates, read),
  };
}

/** Whole words: "willow trattoria" contains "willow" but "linden inn" does not contain "in". */
export function containsWords(text: string, words: string): boolean {
  return ` ${text} `.includes(` ${words} `);
}

/** Name search: the query inside the name or the name inside the query ("the willow inn pub"). */
export function nameConstraint<T extends { name: string }>(query: string): SearchConstraint<T> {
  const queryWords = query.split(' ');
  return {
    argument: 'name',
    value: query,
    matches: (record) => containsWords(record.name, query) || containsWords(query, record.name),
    describeAlternatives: (candidates) => {
      const similar = candidates.filter((record) =>
        queryWords.some((word) => word.length > 2 && record.name.split(' ').includes(word)),
      );
      return (similar.length > 0 ? similar : candidates)
        .slice(0, 5)
        .map((record) => record.name)
        .join(', ');
    },
  };
}

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
