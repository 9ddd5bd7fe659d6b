import type { ParsedCall } from '../parse/parsed-output';
import { coerceArgument, describe } from './coerce-argument';
import type { ArgumentValue, ToolDefinition, ToolError } from './tool-definition';
import type { ValidationResult } from './tool-registry';

/**
 * Resolves a parsed call against the tool list: the tool, then unknown arguments, then each
 * parameter in signature order. The first problem is reported, with what is allowed instead.
 */
export function validateCall(tools: readonly ToolDefinition[], call: ParsedCall): ValidationResult {
  const tool = findByName(tools, call.name, (candidate) => candidate.name);
  if (!tool) {
    const allowed = tools.map((candidate) => candidate.name).join(', ');
    return failure({
      code: 'unknown-tool',
      message: `There is no tool named ${call.name}. Available tools: ${allowed}.`,
      allowed,
    });
  }
  const parameterNames = Object.keys(tool.parameters);
  const given = new Map<string, ArgumentValue>();
  for (const [written, value] of Object.entries(call.arguments ?? {})) {
    const name = findByName(parameterNames, written, (candidate) => candidate);
    if (name !== undefined && given.has(name)) {
      return failure({
        code: 'invalid-argument',
        message: `${tool.name}: ${name} is given twice.`,
        argument: name,
      });
    }
    if (name === undefined) {
      const allowed = parameterNames.join(', ');
      return failure({
        code: 'unknown-argument',
        message: `${tool.name} has no argument ${written}. Its arguments are: ${allowed || 'none'}.`,
        argument: written,
        allowed,
      });
    }
    given.set(name, value);
  }
  const coerced: [string, ArgumentValue][] = [];
  for (const [name, spec] of Object.entries(tool.parameters)) {
    const value = given.get(name);
    // None means "not given": the model writes it for slots the user has not filled.
    if (value === undefined || value === null) {
      if (spec.required === false) continue;
      return failure({
        code: 'missing-argument',
        message: `${tool.name} needs ${name} (${describe(spec)}). Ask the user for it if it is unknown.`,
        argument: name,
        allowed: describe(spec),
      });
    }
    const result = coerceArgument(tool.name, name, spec, value);
    if (!result.ok) return failure(result.error);
    coerced.push([name, result.value]);
  }
  return { ok: true, tool, arguments: Object.fromEntries(coerced) };
}

function failure(error: ToolError): ValidationResult {
  return { ok: false, error };
}

/** Exact name first; otherwise a unique case-insensitive match (findrestaurants, Area). */
function findByName<T>(
  items: readonly T[],
  name: string,
  nameOf: (item: T) => string,
): T | undefined {
  const exact = items.find((item) => nameOf(item) === name);
  if (exact !== undefined) return exact;
  const folded = items.filter((item) => nameOf(item).toLowerCase() === name.toLowerCase());
  return folded.length === 1 ? folded[0] : undefined;
}
