import type { ParameterSpec, ToolArguments, ToolError } from '../../core/tools/tool-definition';

export type CheckedValue = string | number | boolean;
export type CheckedArguments = Readonly<Record<string, CheckedValue>>;
export type CheckResult = { ok: true; values: CheckedArguments } | { ok: false; error: ToolError };

function invalid(argument: string, message: string, allowed?: string): ToolError {
  return allowed === undefined
    ? { code: 'invalid-argument', message, argument }
    : { code: 'invalid-argument', message, argument, allowed };
}

function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

function rangeText(minimum: number | undefined, maximum: number | undefined): string | undefined {
  if (minimum !== undefined && maximum !== undefined) return `${minimum} to ${maximum}`;
  if (minimum !== undefined) return `at least ${minimum}`;
  if (maximum !== undefined) return `at most ${maximum}`;
  return undefined;
}

function checkOne(name: string, spec: ParameterSpec, raw: unknown): CheckedValue | ToolError {
  switch (spec.type) {
    case 'string': {
      const text = asText(raw);
      if (text === undefined) return invalid(name, `${name} must be text.`, spec.format);
      const value = spec.normalize ? spec.normalize(text) : text.trim();
      return value === undefined
        ? invalid(name, `${name}='${text}' is not understood.`, spec.format)
        : value;
    }
    case 'enum': {
      const allowed = spec.values.join(', ');
      const text = asText(raw);
      if (text === undefined) return invalid(name, `${name} must be one of: ${allowed}.`, allowed);
      const value = spec.normalize ? spec.normalize(text) : text.trim().toLowerCase();
      return value !== undefined && spec.values.includes(value)
        ? value
        : invalid(name, `${name}='${text}' is not one of the allowed values.`, allowed);
    }
    case 'integer':
    case 'number': {
      const number = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      const range = rangeText(spec.minimum, spec.maximum);
      const kind = spec.type === 'integer' ? 'a whole number' : 'a number';
      const wanted = range ? `${kind} from ${range}` : kind;
      if (typeof number !== 'number' || !Number.isFinite(number))
        return invalid(name, `${name} must be ${wanted}.`, range ?? kind);
      if (spec.type === 'integer' && !Number.isInteger(number))
        return invalid(name, `${name} must be ${wanted}.`, range ?? kind);
      if (
        (spec.minimum !== undefined && number < spec.minimum) ||
        (spec.maximum !== undefined && number > spec.maximum)
      )
        return invalid(name, `${name}=${number} is out of range: ${wanted}.`, range ?? kind);
      return number;
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return raw;
      const text = asText(raw)?.trim().toLowerCase();
      if (text === 'true' || text === 'yes') return true;
      if (text === 'false' || text === 'no') return false;
      return invalid(name, `${name} must be True or False.`, 'True, False');
    }
  }
}

/**
 * The tools' own defence: the registry validates before dispatch, but execute() may be called
 * directly, so every value is checked and normalised again here (normalising is idempotent).
 */
export function checkArguments(
  parameters: Readonly<Record<string, ParameterSpec>>,
  args: ToolArguments | null | undefined,
): CheckResult {
  const values: Record<string, CheckedValue> = {};
  const given: Readonly<Record<string, unknown>> =
    typeof args === 'object' && args !== null ? args : {};
  for (const [name, spec] of Object.entries(parameters)) {
    const raw = Object.hasOwn(given, name) ? given[name] : undefined;
    if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
      if (spec.required === false) continue;
      return {
        ok: false,
        error: {
          code: 'missing-argument',
          message: `${name} is required: ${spec.description}`,
          argument: name,
        },
      };
    }
    const checked = checkOne(name, spec, raw);
    if (typeof checked === 'object') return { ok: false, error: checked };
    values[name] = checked;
  }
  return { ok: true, values };
}
