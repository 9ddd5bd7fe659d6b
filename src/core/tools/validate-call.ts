import type { ParsedCall } from '../parse/parsed-output';
import { renderPythonValue } from '../format/python-literal';
import { describeParameter } from './tool-definition';
import type {
  ArgumentValue,
  ParameterSpec,
  StringParameter,
  ToolDefinition,
  ToolError,
  ValidArguments,
} from './tool-definition';

/**
 * The one validator. Every call, from the model, a walkthrough or a test, is checked here and
 * nowhere else: the tool, then unknown arguments, then each parameter in signature order. Values
 * are coerced to the canonical form ("4" -> 4, "Centre" -> "centre", "7pm" -> "19:00", a venue
 * to its listed name), and the first problem is reported with what would have been accepted, so
 * the model can correct the call on its next step.
 */
export type ValidationResult =
  | { ok: true; tool: ToolDefinition; arguments: ValidArguments }
  | { ok: false; error: ToolError; data?: Record<string, unknown> };

type Coercion =
  { ok: true; value: string | number | boolean } | Extract<ValidationResult, { ok: false }>;

const trueWords = new Set(['true', 'yes']);
const falseWords = new Set(['false', 'no']);
const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const MAXIMUM_CANDIDATES = 5;

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
    if (name === undefined) {
      const allowed = parameterNames.join(', ');
      return failure({
        code: 'unknown-argument',
        message: `${tool.name} has no argument ${written}. Its arguments are: ${allowed || 'none'}.`,
        argument: written,
        allowed,
      });
    }
    if (given.has(name)) {
      return failure({
        code: 'invalid-argument',
        message: `${tool.name}: ${name} is given twice.`,
        argument: name,
      });
    }
    given.set(name, value);
  }
  const coerced: [string, string | number | boolean][] = [];
  for (const [name, spec] of Object.entries(tool.parameters)) {
    const value = given.get(name);
    // None (or nothing but spaces) means "not given": the model writes it for unfilled slots.
    if (value === undefined || value === null || (typeof value === 'string' && !value.trim())) {
      if (spec.required === false) continue;
      return failure({
        code: 'missing-argument',
        message: `${tool.name} needs ${name} (${describeParameter(spec)}). Ask the user for it if it is unknown.`,
        argument: name,
        allowed: describeParameter(spec),
      });
    }
    const result = coerceArgument(tool.name, name, spec, value);
    if (!result.ok) return result;
    coerced.push([name, result.value]);
  }
  return { ok: true, tool, arguments: Object.fromEntries(coerced) as ValidArguments };
}

function coerceArgument(
  toolName: string,
  argument: string,
  spec: ParameterSpec,
  value: ArgumentValue,
): Coercion {
  const invalid = (allowed: string, why = `got ${renderPythonValue(value)}`): Coercion =>
    failure({
      code: 'invalid-argument',
      message: `${toolName}: ${argument} must be ${allowed}, ${why}.`,
      argument,
      allowed,
    });
  const wanted = describeParameter(spec);
  if (Array.isArray(value)) return invalid(`a single value, not a list (${wanted})`);
  // JSON and storage turn these into null; refuse them here, with the reason, instead.
  if (typeof value === 'number' && !Number.isFinite(value))
    return invalid(wanted, `got ${String(value)}, which is not a finite number`);
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const text = typeof value === 'string' ? value.trim() : undefined;
      const number =
        typeof value === 'number'
          ? value
          : text && numberText.test(text)
            ? Number(text)
            : undefined;
      if (number !== undefined && !Number.isFinite(number))
        return invalid(wanted, `got ${text ?? ''}, which is too large to be a finite number`);
      if (number === undefined || (spec.type === 'integer' && !Number.isInteger(number)))
        return invalid(wanted);
      if (spec.minimum !== undefined && number < spec.minimum) return invalid(wanted);
      if (spec.maximum !== undefined && number > spec.maximum) return invalid(wanted);
      return { ok: true, value: number };
    }
    case 'boolean': {
      const word = String(value).trim().toLowerCase();
      if (trueWords.has(word)) return { ok: true, value: true };
      if (falseWords.has(word)) return { ok: true, value: false };
      return invalid(wanted);
    }
    case 'string': {
      if (typeof value !== 'string' && typeof value !== 'number') return invalid(wanted);
      const text = String(value).trim();
      const normalized = spec.normalize ? safely(spec.normalize, text) : text;
      if (normalized === undefined) return invalid(wanted);
      return spec.choices
        ? resolveChoice(toolName, argument, spec, spec.choices, text)
        : { ok: true, value: normalized };
    }
    case 'enum': {
      // Booleans arrive as text so a yes/no enum can map them: the CRA example itself writes
      // `parking=True` for a parameter whose values are yes/no/dontcare.
      const member = findEnumMember(spec.values, String(value).trim(), spec.normalize);
      return member === undefined ? invalid(wanted) : { ok: true, value: member };
    }
  }
}

/**
 * The one listed name equal to what was written once both are normalised. A near miss is not
 * taken: "not fox pasta bar, the other one" must not book "fox pasta bar". The refusal lists the
 * names that contain the words given (or are contained in them), then names sharing words.
 */
function resolveChoice(
  toolName: string,
  argument: string,
  spec: StringParameter,
  choices: NonNullable<StringParameter['choices']>,
  text: string,
): Coercion {
  const key = (name: string) => (spec.normalize ? safely(spec.normalize, name) : name.trim()) ?? '';
  const wanted = key(text);
  const names = choices.names();
  const exact = names.filter((name) => key(name) === wanted);
  if (exact.length === 1 && exact[0] !== undefined) return { ok: true, value: exact[0] };
  const words = (name: string) => key(name).split(/\s+/).filter(Boolean);
  const wantedWords = new Set(words(text));
  const containing =
    exact.length > 1
      ? exact
      : names.filter((name) => {
          const own = words(name);
          return (
            own.every((word) => wantedWords.has(word)) ||
            [...wantedWords].every((word) => own.includes(word))
          );
        });
  // Then names sharing words with it, most shared first ("pasta bar" before "bar").
  const shared = (name: string) =>
    words(name).filter((word) => word.length > 2 && wantedWords.has(word)).length;
  const sharing = names
    .filter((name) => !containing.includes(name) && shared(name) > 0)
    .sort((left, right) => shared(right) - shared(left));
  const candidates = [...containing, ...sharing].slice(0, MAXIMUM_CANDIDATES);
  const { noun } = choices;
  return failure(
    {
      code: exact.length > 1 ? 'ambiguous-name' : 'unknown-name',
      message:
        exact.length > 1
          ? `${toolName}: several ${noun}s are called '${text}'; ask the user which one.`
          : `${toolName}: no ${noun} is called exactly '${text}', so nothing was done. ` +
            (candidates.length > 0
              ? 'Ask the user which of the candidates they mean, then use its name as listed.'
              : `Search first, then use a ${noun} name from the results.`),
      argument,
      allowed: candidates.length > 0 ? candidates.join(', ') : `a ${noun} name from a search`,
    },
    { candidates },
  );
}

function failure(
  error: ToolError,
  data?: Record<string, unknown>,
): Extract<ValidationResult, { ok: false }> {
  return data === undefined ? { ok: false, error } : { ok: false, error, data };
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

/** Exact, then case-folded, then through the parameter's synonyms (raw and case-folded). */
function findEnumMember(
  values: readonly string[],
  raw: string,
  normalize: ((raw: string) => string | undefined) | undefined,
): string | undefined {
  const byFold = (text: string) =>
    values.find((member) => member === text) ??
    values.find((member) => member.toLowerCase() === text.toLowerCase());
  const direct = byFold(raw);
  if (direct !== undefined || !normalize) return direct;
  for (const candidate of [raw, raw.toLowerCase()]) {
    const mapped = safely(normalize, candidate);
    const member = mapped === undefined ? undefined : byFold(mapped);
    if (member !== undefined) return member;
  }
  return undefined;
}

/** A normalizer that throws rejects the value rather than crashing the call. */
function safely(normalize: (raw: string) => string | undefined, text: string): string | undefined {
  try {
    const result = normalize(text);
    return typeof result === 'string' ? result : undefined;
  } catch {
    return undefined;
  }
}
