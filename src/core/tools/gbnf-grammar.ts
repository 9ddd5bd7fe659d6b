/**
 * The decoding grammar in llama.cpp's GBNF. xgrammar's EBNF (what `buildToolGrammar` writes) and
 * GBNF share their syntax (`::=`, quoted literals with \n \uXXXX \UXXXXXXXX escapes, character
 * classes, groups, `? * +`) except for rule names: GBNF allows only letters, digits and `-`. So the
 * GBNF is the same grammar, derived from the same tool definitions, with `_` in rule names
 * written as `-`. Literals and character classes are copied untouched.
 */
export function toGbnf(ebnf: string): string {
  let output = '';
  let index = 0;
  while (index < ebnf.length) {
    const character = ebnf[index] ?? '';
    if (character === '"' || character === '[') {
      const end = closingIndex(ebnf, index, character === '"' ? '"' : ']');
      output += ebnf.slice(index, end + 1);
      index = end + 1;
      continue;
    }
    output += character === '_' ? '-' : character;
    index += 1;
  }
  return output;
}

/** Index of the unescaped closing quote or bracket of the literal or class opened at `start`. */
function closingIndex(text: string, start: number, close: string): number {
  for (let index = start + 1; index < text.length; index += 1) {
    if (text[index] === '\\') index += 1;
    else if (text[index] === close) return index;
  }
  throw new Error(`unterminated ${close === '"' ? 'literal' : 'character class'} in grammar`);
}
