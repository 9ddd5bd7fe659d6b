import { readString } from './python-string-reader';
import { LiteralSyntaxError, type TextCursor } from './text-cursor';

/** Reads Python literals (and the JSON subset models mix into them) from a position in a text. */

export type LiteralValue = string | number | boolean | null | LiteralValue[] | LiteralObject;
export interface LiteralObject {
  [key: string]: LiteralValue;
}

const identifierPattern = /[A-Za-z_][A-Za-z0-9_]*/;
const numberPattern = /[+-]?(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?/;
/** Unquoted values models write: centre, 7pm, 19:00, 2024-05-01. */
const bareWordPattern = /[A-Za-z0-9_][\w.:\-/]*/;
const constants: Readonly<Record<string, LiteralValue>> = {
  True: true,
  False: false,
  None: null,
  true: true,
  false: false,
  null: null,
};

export function readIdentifier(cursor: TextCursor): string | undefined {
  return cursor.match(identifierPattern);
}

export function readValue(cursor: TextCursor, depth = 0): LiteralValue {
  // Deeply nested input would otherwise exhaust the stack, which must never escape the parser.
  if (depth > 64) throw new LiteralSyntaxError('values nested more than 64 levels deep');
  cursor.skipSpace();
  const first = cursor.peek();
  if (first === "'" || first === '"') return readString(cursor);
  if (first === '[') return readSequence(cursor, ']', 'list', depth);
  if (first === '(') return readSequence(cursor, ')', 'tuple', depth);
  if (first === '{') return readObject(cursor, depth);
  const start = cursor.position;
  const number = cursor.match(numberPattern);
  if (number !== undefined && !/[\w:/-]/.test(cursor.peek())) {
    const value = Number(number.replace(/_/g, ''));
    // 1e999 has no finite value; keep what was written so validation can say why it is refused
    // (Infinity would be stored and exported as null, losing it without a word).
    return Number.isFinite(value) ? value : number;
  }
  cursor.position = start;
  const word = cursor.match(bareWordPattern);
  if (word !== undefined) {
    const constant = constants[word];
    if (constant !== undefined) return constant;
    if (cursor.peek() === '(') {
      throw new LiteralSyntaxError(`calls are not supported as argument values (${word}(...))`);
    }
    // An unquoted word (area=centre, time=19:00) is read as the string the model clearly meant.
    return word;
  }
  if (cursor.atEnd)
    throw new LiteralSyntaxError('unterminated call: a value is missing at the end');
  throw new LiteralSyntaxError(`expected a value ${cursor.describeHere()}`);
}

function readSequence(
  cursor: TextCursor,
  close: string,
  what: string,
  depth: number,
): LiteralValue[] {
  cursor.position++;
  const items: LiteralValue[] = [];
  for (;;) {
    cursor.skipSpace();
    if (cursor.peek() === close) break;
    items.push(readValue(cursor, depth + 1));
    cursor.skipSpace();
    if (cursor.peek() === ',') cursor.position++;
    else if (cursor.peek() !== close) cursor.expect(close, what);
  }
  cursor.position++;
  return items;
}

function readObject(cursor: TextCursor, depth: number): LiteralObject {
  cursor.position++;
  const entries: [string, LiteralValue][] = [];
  for (;;) {
    cursor.skipSpace();
    if (cursor.peek() === '}') break;
    const key = readValue(cursor, depth + 1);
    if (typeof key !== 'string' && typeof key !== 'number') {
      throw new LiteralSyntaxError('dictionary keys must be strings or numbers');
    }
    cursor.expect(':', 'dictionary');
    entries.push([String(key), readValue(cursor, depth + 1)]);
    cursor.skipSpace();
    if (cursor.peek() === ',') cursor.position++;
    else if (cursor.peek() !== '}') cursor.expect('}', 'dictionary');
  }
  cursor.position++;
  // fromEntries defines own properties, so a key such as "__proto__" stays an ordinary key.
  return Object.fromEntries(entries) as LiteralObject;
}
