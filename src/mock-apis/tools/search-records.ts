/** Constraint search shared by the three domains, with an explanation when nothing matches. */

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
