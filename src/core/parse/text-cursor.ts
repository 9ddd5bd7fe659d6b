/**
 * A position in a text being read. Readers throw `LiteralSyntaxError` on bad input; only the
 * parser's entry point turns that into a `malformed` result.
 */

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
