import type { ParsedCall } from '../parse/parsed-output';

// STUB: contract only; the parser work replaces the bodies.
/** A value as a Python literal: 'text' (single quotes, escaped), 4, 2.5, True, None, [..], {..}. */
export function renderPythonValue(value: unknown): string {
  return JSON.stringify(value);
}

/** `FindRestaurants(area='centre', people=4)`: keyword-call syntax the parser reads back. */
export function renderCall(call: ParsedCall): string {
  return `${call.name}(${JSON.stringify(call.arguments)})`;
}

/** An observation as a Python-dict-like line: `{'count': 3, 'results': [...]}`. */
export function renderObservation(data: Record<string, unknown>): string {
  return JSON.stringify(data);
}
