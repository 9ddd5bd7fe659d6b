import type { ArgumentValue, ToolArguments } from '../tools/tool-definition';
import type { ParsedCall } from './parsed-output';
import { readIdentifier, readValue, type LiteralObject, type LiteralValue } from './literal-reader';
import { LiteralSyntaxError, type TextCursor } from './text-cursor';

/**
 * Reads the calls an action is written as: `Name(k=v, ...)` (CRA), `[f(a=1), g(b='x')]`,
 * `{"name": ..., "arguments": {...}}` or a JSON list of those. Stops after the last call, so
 * trailing prose is ignored.
 */

/** `Name(` with no space before the bracket: prose such as "Sure (one moment)" is not a call. */
export const callStartPattern = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\(/;

const callNamePattern = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/;
const callSeparatorPattern = /[ \t]*(?:\r?\n\s*|;\s*)/;
const actionLabelPattern = /action\s*:\s*/i;

export function readCalls(cursor: TextCursor): ParsedCall[] {
  cursor.skipSpace();
  const first = cursor.peek();
  const calls = first === '[' || first === '{' ? readBracketed(cursor) : [readCall(cursor)];
  if (calls.length === 0) throw new LiteralSyntaxError('the list of calls is empty');
  calls.push(...readFollowingCalls(cursor));
  return calls;
}

/** Further calls on their own lines (or after `;`); anything else after the first is prose. */
function readFollowingCalls(cursor: TextCursor): ParsedCall[] {
  const calls: ParsedCall[] = [];
  for (;;) {
    const start = cursor.position;
    const separator = cursor.match(callSeparatorPattern);
    if (separator === undefined) break;
    const labelled = cursor.match(actionLabelPattern) !== undefined;
    if (!callStartPattern.test(cursor.text.slice(cursor.position, cursor.position + 200))) {
      if (labelled) throw new LiteralSyntaxError('an Action label is not followed by a call');
      cursor.position = start;
      break;
    }
    try {
      calls.push(readCall(cursor));
    } catch (error) {
      // A labelled action must parse; an unlabelled call-like line may just be prose.
      if (labelled) throw error;
      cursor.position = start;
      break;
    }
  }
  return calls;
}

function readBracketed(cursor: TextCursor): ParsedCall[] {
  if (cursor.peek() === '{') return [callFromObject(readValue(cursor))];
  const listStart = cursor.position;
  cursor.position++;
  cursor.skipSpace();
  if (cursor.peek() === '{' || cursor.peek() === ']') {
    cursor.position = listStart;
    const list = readValue(cursor);
    return Array.isArray(list) ? list.map(callFromObject) : [];
  }
  const calls: ParsedCall[] = [];
  for (;;) {
    cursor.skipSpace();
    if (cursor.peek() === ']') {
      cursor.position++;
      return calls;
    }
    calls.push(readCall(cursor));
    cursor.skipSpace();
    if (cursor.peek() === ',') cursor.position++;
    else if (cursor.peek() !== ']') cursor.expect(']', 'list of calls');
  }
}

export function readCall(cursor: TextCursor): ParsedCall {
  cursor.skipSpace();
  const written = cursor.match(callNamePattern);
  // Llama-style tool prompts teach `functions.Name(...)`; the tool is just Name.
  const name = written?.startsWith('functions.') ? written.slice('functions.'.length) : written;
  if (name === undefined)
    throw new LiteralSyntaxError(`expected a function call ${cursor.describeHere()}`);
  cursor.skipSpace();
  if (cursor.peek() !== '(') throw new LiteralSyntaxError(`expected '(' after ${name}`);
  cursor.position++;
  const entries = new Map<string, ArgumentValue>();
  for (;;) {
    cursor.skipSpace();
    if (cursor.peek() === ')') break;
    if (cursor.atEnd) throw new LiteralSyntaxError(`unterminated call to ${name}: missing ')'`);
    const keyword = readKeyword(cursor);
    const value = readValue(cursor);
    if (keyword === undefined) {
      throw new LiteralSyntaxError(
        `positional argument ${entries.size + 1} in ${name}(...): CRA calls are keyword-only, write name=value`,
      );
    }
    if (entries.has(keyword))
      throw new LiteralSyntaxError(`argument ${keyword} is given twice in ${name}(...)`);
    entries.set(keyword, toArgumentValue(value, keyword));
    cursor.skipSpace();
    if (cursor.peek() === ',') cursor.position++;
    else if (cursor.peek() !== ')') {
      if (cursor.atEnd) throw new LiteralSyntaxError(`unterminated call to ${name}: missing ')'`);
      throw new LiteralSyntaxError(`expected ',' or ')' after ${keyword} ${cursor.describeHere()}`);
    }
  }
  cursor.position++;
  return { name, arguments: Object.fromEntries(entries) as ToolArguments };
}

/** `name=` (also `name: ` and `"name": `, which models borrow from JSON); undefined if positional. */
function readKeyword(cursor: TextCursor): string | undefined {
  const start = cursor.position;
  const quote = cursor.peek() === '"' || cursor.peek() === "'" ? cursor.peek() : '';
  if (quote) cursor.position++;
  const keyword = readIdentifier(cursor);
  if (keyword !== undefined && (!quote || cursor.peek() === quote)) {
    if (quote) cursor.position++;
    cursor.skipSpace();
    const equals = cursor.peek() === '=' && cursor.peek(1) !== '=';
    if (equals || (cursor.peek() === ':' && quote)) {
      cursor.position++;
      return keyword;
    }
  }
  cursor.position = start;
  return undefined;
}

/** `{"name": ..., "arguments" | "parameters": {...}}`, also OpenAI's nested `function` shape. */
function callFromObject(value: LiteralValue): ParsedCall {
  if (!isObject(value)) throw new LiteralSyntaxError('a JSON call must be an object with a "name"');
  const inner = isObject(value.function) ? value.function : value;
  const name = inner.name ?? inner.tool_name ?? inner.api_name;
  if (typeof name !== 'string' || name === '') {
    throw new LiteralSyntaxError('a JSON call needs a "name" string');
  }
  let rawArguments: LiteralValue = inner.arguments ?? inner.parameters ?? inner.args ?? {};
  if (typeof rawArguments === 'string') rawArguments = parseArgumentString(rawArguments);
  if (!isObject(rawArguments)) {
    throw new LiteralSyntaxError(`the arguments of ${name} must be an object of name: value pairs`);
  }
  const entries = Object.entries(rawArguments).map(
    ([key, entry]) => [key, toArgumentValue(entry, key)] as const,
  );
  return { name, arguments: Object.fromEntries(entries) as ToolArguments };
}

function parseArgumentString(text: string): LiteralValue {
  try {
    return JSON.parse(text) as LiteralValue;
  } catch {
    throw new LiteralSyntaxError('the "arguments" string is not a JSON object');
  }
}

function isObject(value: LiteralValue | undefined): value is LiteralObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toArgumentValue(value: LiteralValue, name: string): ArgumentValue {
  if (Array.isArray(value)) return value.map((item) => toArgumentValue(item, name));
  if (isObject(value)) {
    throw new LiteralSyntaxError(
      `argument ${name} is a dictionary; use strings, numbers, True/False/None or lists`,
    );
  }
  return value;
}
