import type { ParsedCall } from '../parse/parsed-output';

/**
 * Python-literal rendering. CoALM was trained on `Action: Name(k='v', n=2)` and
 * `Observation: {'key': 'value'}` lines written by Python's repr, so the prompt reproduces that
 * style byte for byte: single quotes, `True`/`False`/`None`, `', '` and `': '` separators.
 */

/** A value as a Python literal: 'text' (single quotes, escaped), 4, 2.5, True, None, [..], {..}. */
export function renderPythonValue(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (typeof value === 'string') return renderPythonString(value);
  if (typeof value === 'number') return renderPythonNumber(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `[${value.map(renderPythonValue).join(', ')}]`;
  if (value instanceof Date) return renderPythonString(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, entry]) => entry !== undefined,
    );
    return `{${entries.map(([key, entry]) => `${renderPythonString(key)}: ${renderPythonValue(entry)}`).join(', ')}}`;
  }
  // Functions and symbols have no literal form; the model should never see them.
  return 'None';
}

/** `FindRestaurants(area='centre', people=4)`: keyword-call syntax the parser reads back. */
export function renderCall(call: ParsedCall): string {
  const renderedArguments = Object.entries(call.arguments).map(
    ([name, value]) => `${name}=${renderPythonValue(value)}`,
  );
  return `${call.name}(${renderedArguments.join(', ')})`;
}

/** An observation as a Python-dict-like line: `{'count': 3, 'results': [...]}`. */
export function renderObservation(data: Record<string, unknown>): string {
  return renderPythonValue(data);
}

const namedEscapes: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * Always single-quoted (unlike repr, which switches to double quotes when the text holds a single
 * quote) so every rendered string has one shape the grammar and the parser agree on.
 */
export function renderPythonString(text: string): string {
  let rendered = "'";
  for (let index = 0; index < text.length; index++) {
    const character = text[index] as string;
    const code = character.charCodeAt(0);
    const named = namedEscapes[character];
    if (named !== undefined) rendered += named;
    else if (code < 0x20 || code === 0x7f) rendered += `\\x${hex(code, 2)}`;
    else if (code === 0x2028 || code === 0x2029) rendered += `\\u${hex(code, 4)}`;
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        rendered += character + text[index + 1];
        index++;
      } else rendered += `\\u${hex(code, 4)}`;
    } else if (code >= 0xdc00 && code <= 0xdfff) rendered += `\\u${hex(code, 4)}`;
    else rendered += character;
  }
  return `${rendered}'`;
}

function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** Integers print as ints, other numbers as Python floats (`1e-07`, `-0.0`). */
function renderPythonNumber(value: number): string {
  // Python has no literal for these; None keeps the line parseable (as JSON does with null).
  if (!Number.isFinite(value)) return 'None';
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value);
  // JavaScript writes 1e-7 and 1e+21; Python's repr pads the exponent to two digits.
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}
