import { LiteralSyntaxError, type TextCursor } from './text-cursor';

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
