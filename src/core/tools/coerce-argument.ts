import { renderPythonValue } from '../format/python-literal';
import type { ArgumentValue, ParameterSpec, ToolError } from './tool-definition';

/**
 * Checks one argument against its parameter and turns what the model wrote into the canonical
 * value ("4" -> 4, "Centre" -> "centre", "yes" -> true). Errors say what would have been accepted,
 * so the model can correct the call on its next step.
 */
export type Coercion = { ok: true; value: ArgumentValue } | { ok: false; error: ToolError };

const trueWords = new Set(['true', 'yes', 'y', '1', 'on']);
const falseWords = new Set(['false', 'no', 'n', '0', 'off']);
const integerText = /^[+-]?\d+(?:\.0*)?$/;
const numberText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function coerceArgument(
  toolName: string,
  argument: string,
  spec: ParameterSpec,
  value: ArgumentValue,
): Coercion {
  const invalid = (allowed: string): Coercion => ({
    ok: false,
    error: {
      code: 'invalid-argument',
      message: `${toolName}: ${argument} must be ${allowed}, got ${renderPythonValue(value)}.`,
      argument,
      allowed,
    },
  });
  if (Array.isArray(value)) return invalid(`a single value, not a list (${describe(spec)})`);
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const number = toNumber(value, spec.type === 'integer' ? integerText : numberText);
      const wanted = describe(spec);
      if (number === undefined) return invalid(wanted);
      if (spec.type === 'integer' && !Number.isInteger(number)) return invalid(wanted);
      if (spec.minimum !== undefined && number < spec.minimum) return invalid(wanted);
      if (spec.maximum !== undefined && number > spec.maximum) return invalid(wanted);
      return { ok: true, value: number };
    }
    case 'boolean': {
      const word = typeof value === 'boolean' ? String(value) : String(value).trim().toLowerCase();
      if (trueWords.has(word)) return { ok: true, value: true };
      if (falseWords.has(word)) return { ok: true, value: false };
      return invalid(describe(spec));
    }
    case 'string': {
      if (typeof value !== 'string' && typeof value !== 'number') return invalid(describe(spec));
      const text = String(value).trim();
      if (text === '') return invalid(describe(spec));
      const normalized = spec.normalize ? safely(spec.normalize, text) : text;
      return normalized === undefined ? invalid(describe(spec)) : { ok: true, value: normalized };
    }
    case 'enum': {
      // Booleans arrive as text so a yes/no enum can map them: the CRA example itself writes
      // `parking=True` for a parameter whose values are yes/no/dontcare.
      if (value === null) return invalid(describe(spec));
      const member = findEnumMember(spec.values, String(value).trim(), spec.normalize);
      return member === undefined ? invalid(describe(spec)) : { ok: true, value: member };
    }
  }
}

/** What a parameter accepts, in words a model reads: "one of: north, south" / "an integer from 1 to 8". */
export function describe(spec: ParameterSpec): string {
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const noun = spec.type === 'integer' ? 'an integer' : 'a number';
      if (spec.minimum !== undefined && spec.maximum !== undefined) {
        return `${noun} from ${spec.minimum} to ${spec.maximum}`;
      }
      if (spec.minimum !== undefined) return `${noun} of at least ${spec.minimum}`;
      if (spec.maximum !== undefined) return `${noun} of at most ${spec.maximum}`;
      return noun;
    }
    case 'boolean':
      return 'True or False';
    case 'string':
      return spec.format ?? 'a non-empty string';
    case 'enum':
      return `one of: ${spec.values.join(', ')}`;
  }
}

function toNumber(value: ArgumentValue, textPattern: RegExp): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return textPattern.test(text) ? Number(text) : undefined;
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

/** A normalizer that throws rejects the value rather than crashing the dispatch. */
function safely(normalize: (raw: string) => string | undefined, text: string): string | undefined {
  try {
    const result = normalize(text);
    return typeof result === 'string' ? result : undefined;
  } catch {
    return undefined;
  }
}
