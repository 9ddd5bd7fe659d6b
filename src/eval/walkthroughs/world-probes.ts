/** Questions a recipe asks the world while it is being written: which venue, which full slot. */
import type { ToolArguments } from '../../core/tools/tool-definition';
import type { RecipeKit } from './walkthrough-builder';

export type Record_ = Record<string, unknown>;

/** The first result the search returns, which is what the ideal agent suggests. */
export async function firstResult(
  kit: RecipeKit,
  name: string,
  args: ToolArguments,
): Promise<Record_> {
  const [result] = await kit.simulate([{ name, arguments: args }]);
  const results = result?.ok ? result.data['results'] : undefined;
  const first = Array.isArray(results) ? (results[0] as Record_ | undefined) : undefined;
  if (!first)
    throw new Error(`Walkthrough recipe: ${name}(${JSON.stringify(args)}) found nothing.`);
  return first;
}

export function text(record: Record_, field: string): string {
  const value = record[field];
  if (typeof value !== 'string' && typeof value !== 'number')
    throw new Error(`Walkthrough recipe: no ${field} in ${JSON.stringify(record)}.`);
  return String(value);
}

/** True when the search matches nothing: a first choice the user must relax (fail_info). */
export async function searchFails(
  kit: RecipeKit,
  name: string,
  args: ToolArguments,
): Promise<boolean> {
  const [result] = await kit.simulate([{ name, arguments: args }]);
  return result?.ok === false;
}

/**
 * A booking the world's fixed capacity refuses, and a variant of it that succeeds: tries each
 * candidate in turn on a fresh world. `vary` lists the fallback values to try for one argument.
 */
export async function refusedThenAccepted(
  kit: RecipeKit,
  name: string,
  candidates: readonly ToolArguments[],
  vary: { argument: string; values: readonly (string | number)[] },
): Promise<{ refused: ToolArguments; accepted: ToolArguments }> {
  for (const refused of candidates) {
    const [first] = await kit.simulate([{ name, arguments: refused }]);
    if (first?.ok !== false || first.error.code !== 'unavailable') continue;
    // Prefer what the refusal itself offers, as a user reading it would.
    const offered =
      first.data?.[vary.argument === 'day' ? 'alternative_days' : 'alternative_times'];
    const values = [
      ...(Array.isArray(offered) ? (offered as (string | number)[]) : []),
      ...vary.values,
    ];
    for (const value of values) {
      const accepted = { ...refused, [vary.argument]: value };
      const [, second] = await kit.simulate([
        { name, arguments: refused },
        { name, arguments: accepted },
      ]);
      if (second?.ok) return { refused, accepted };
    }
  }
  throw new Error(`Walkthrough recipe: no refused ${name} among ${candidates.length} candidates.`);
}
