/**
 * Reads Python literals (and the JSON subset models mix into them) from a position in a text.
 * Failures throw `LiteralSyntaxError`; only the parser's entry point turns them into `malformed`.
 */

export type LiteralValue = string | number | boolean | null | LiteralValue[] | LiteralObject;
export interface LiteralObject {
  [key: string]: LiteralValue;
}

export class LiteralSyntaxError extends Error {}

export class TextCursor {
  position = 0;
  constructor(readonly text: string) {}

  get atEnd(): boolean {
    return this.position >= this.text.length;
  }

  peek(offset = 0): string {
    return this.text[this.position + offset] ?? '';
  }

  startsWith(prefix: string): boolean {
    return this.text.startsWith(prefix, this.position);
  }

  /** Whitespace, newlines included: Python ignores them inside brackets. */
  skipSpace(): void {
    while (/\s/.test(this.peek())) this.position++;
  }

  match(pattern: RegExp): string | undefined {
    const sticky = stickyVersion(pattern);
    sticky.lastIndex = this.position;
    const found = sticky.exec(this.text);
    if (!found) return undefined;
    this.position += found[0].length;
    return found[0];
  }

  expect(character: string, what: string): void {
    this.skipSpace();
    if (this.peek() !== character) {
      throw new LiteralSyntaxError(
        this.atEnd
          ? `unterminated ${what}: missing '${character}'`
          : `expected '${character}' ${this.describeHere()}`,
      );
    }
    this.position++;
  }

  describeHere(): string {
    if (this.atEnd) return 'at the end of the output';
    return `at ${JSON.stringify(this.text.slice(this.position, this.position + 12))}`;
  }
}

const stickyPatterns = new WeakMap<RegExp, RegExp>();
/** Patterns are module constants, so their sticky copies are built once. */
function stickyVersion(pattern: RegExp): RegExp {
  let sticky = stickyPatterns.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, 'y' + pattern.flags.replace('y', ''));
    stickyPatterns.set(pattern, sticky);
  }
  return sticky;
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
  if (number !== undefined && !/[\w:/-]/.test(cursor.peek()))
    return Number(number.replace(/_/g, ''));
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

const simpleEscapes: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  a: '\x07',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '\n': '',
};

/** A single-, double- or triple-quoted string with Python's escapes (which cover JSON's). */
export function readString(cursor: TextCursor): string {
  const quote = cursor.peek();
  const delimiter = cursor.startsWith(quote.repeat(3)) ? quote.repeat(3) : quote;
  cursor.position += delimiter.length;
  let value = '';
  for (;;) {
    if (cursor.atEnd)
      throw new LiteralSyntaxError(`unterminated string: missing closing ${delimiter}`);
    if (cursor.startsWith(delimiter)) {
      cursor.position += delimiter.length;
      return value;
    }
    const character = cursor.peek();
    cursor.position++;
    if (character !== '\\') {
      value += character;
      continue;
    }
    value += readEscape(cursor);
  }
}

const octalDigitsPattern = /[0-7]{0,2}/;
const hexDigitPatterns: Readonly<Record<number, RegExp>> = {
  2: /[0-9a-fA-F]{2}/,
  4: /[0-9a-fA-F]{4}/,
  8: /[0-9a-fA-F]{8}/,
};

function readEscape(cursor: TextCursor): string {
  const kind = cursor.peek();
  cursor.position++;
  const simple = simpleEscapes[kind];
  if (simple !== undefined) return simple;
  const hexLength = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
  if (hexLength > 0) {
    const digits = cursor.match(hexDigitPatterns[hexLength] as RegExp);
    const code = digits === undefined ? NaN : parseInt(digits, 16);
    if (!(code <= 0x10ffff)) throw new LiteralSyntaxError(`invalid \\${kind} escape in a string`);
    return String.fromCodePoint(code);
  }
  if (/[0-7]/.test(kind)) {
    const more = cursor.match(octalDigitsPattern) ?? '';
    return String.fromCharCode(parseInt(kind + more, 8));
  }
  if (kind === '') throw new LiteralSyntaxError('unterminated string: it ends in a backslash');
  // Python keeps unknown escapes (and JSON's \/ reads as "/" in any case worth keeping).
  return kind === '/' ? '/' : `\\${kind}`;
}
