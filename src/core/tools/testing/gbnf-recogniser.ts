/**
 * Test support: a recogniser for llama.cpp's GBNF, written from its grammar documentation
 * (grammars/README.md) and parser (rule names `[a-zA-Z0-9-]+`, literals and character classes
 * with \n \r \t \\ \" \[ \] \xHH \uHHHH \UHHHHHHHH escapes, `.`, groups, `? * +`, `#` comments,
 * `root` as the start rule). It parses strictly, so a grammar llama.cpp would refuse (an `_` in a
 * rule name, an undefined rule) throws, and it decides whether a whole string is in the language
 * by computing every position each expression can end at, on code points.
 */

type Node =
  | { kind: 'literal'; text: number[] }
  | { kind: 'class'; negated: boolean; ranges: [number, number][] }
  | { kind: 'any' }
  | { kind: 'rule'; name: string }
  | { kind: 'sequence'; items: Node[] }
  | { kind: 'choice'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

const NAME = /[a-zA-Z0-9-]/;
const SIMPLE_ESCAPES: Record<string, number> = {
  n: 10,
  r: 13,
  t: 9,
  '\\': 92,
  '"': 34,
  '[': 91,
  ']': 93,
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

class Parser {
  private index = 0;
  constructor(private readonly text: string) {}

  parseGrammar(): Map<string, Node> {
    const rules = new Map<string, Node>();
    this.space(true);
    while (this.index < this.text.length) {
      const name = this.name();
      this.space(false);
      if (!this.text.startsWith('::=', this.index)) this.fail('expected ::=');
      this.index += 3;
      this.space(true);
      rules.set(name, this.alternatives(false));
      this.space(true);
    }
    return rules;
  }

  private fail(message: string): never {
    throw new Error(`GBNF parse error at ${this.index}: ${message}`);
  }

  private space(newlines: boolean): void {
    while (this.index < this.text.length) {
      const character = this.text[this.index] ?? '';
      if (character === '#') {
        while (this.index < this.text.length && this.text[this.index] !== '\n') this.index += 1;
      } else if (character === ' ' || character === '\t' || (newlines && character === '\n')) {
        this.index += 1;
      } else break;
    }
  }

  private name(): string {
    const start = this.index;
    while (NAME.test(this.text[this.index] ?? '')) this.index += 1;
    if (start === this.index) this.fail('expected a rule name');
    return this.text.slice(start, this.index);
  }

  private alternatives(nested: boolean): Node {
    const options = [this.sequence(nested)];
    while (this.text[this.index] === '|') {
      this.index += 1;
      this.space(true);
      options.push(this.sequence(nested));
    }
    return options.length === 1 ? options[0]! : { kind: 'choice', options };
  }

  private sequence(nested: boolean): Node {
    const items: Node[] = [];
    for (;;) {
      const character = this.text[this.index];
      if (character === undefined || character === '|' || character === ')') break;
      if (character === '\n' && !nested) break;
      items.push(this.postfix(this.primary(nested)));
      this.space(nested);
    }
    return { kind: 'sequence', items };
  }

  private primary(nested: boolean): Node {
    const character = this.text[this.index];
    if (character === '"') return this.literal();
    if (character === '[') return this.characterClass();
    if (character === '.') {
      this.index += 1;
      return { kind: 'any' };
    }
    if (character === '(') {
      this.index += 1;
      this.space(true);
      const inner = this.alternatives(true);
      if (this.text[this.index] !== ')') this.fail('expected )');
      this.index += 1;
      return inner;
    }
    if (NAME.test(character ?? '')) return { kind: 'rule', name: this.name() };
    return this.fail(`unexpected ${JSON.stringify(character)}${nested ? ' in a group' : ''}`);
  }

  private postfix(node: Node): Node {
    const character = this.text[this.index];
    const bounds = { '?': [0, 1], '*': [0, Infinity], '+': [1, Infinity] }[character ?? ''];
    if (!bounds) return node;
    this.index += 1;
    return { kind: 'repeat', node, min: bounds[0]!, max: bounds[1]! };
  }

  private char(): number {
    const character = this.text[this.index];
    if (character === undefined) this.fail('unexpected end');
    if (character !== '\\') {
      const code = this.text.codePointAt(this.index)!;
      this.index += code > 0xffff ? 2 : 1;
      return code;
    }
    const escape = this.text[this.index + 1] ?? '';
    this.index += 2;
    if (escape in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[escape]!;
    const length = HEX_LENGTH[escape];
    if (!length) this.fail(`unknown escape \\${escape}`);
    const hex = this.text.slice(this.index, this.index + length);
    if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== length) this.fail('bad hex escape');
    this.index += length;
    return parseInt(hex, 16);
  }

  private literal(): Node {
    this.index += 1;
    const text: number[] = [];
    while (this.text[this.index] !== '"') text.push(this.char());
    this.index += 1;
    return { kind: 'literal', text };
  }

  private characterClass(): Node {
    this.index += 1;
    const negated = this.text[this.index] === '^';
    if (negated) this.index += 1;
    const ranges: [number, number][] = [];
    while (this.text[this.index] !== ']') {
      const low = this.char();
      if (this.text[this.index] === '-' && this.text[this.index + 1] !== ']') {
        this.index += 1;
        ranges.push([low, this.char()]);
      } else ranges.push([low, low]);
    }
    this.index += 1;
    return { kind: 'class', negated, ranges };
  }
}

function references(node: Node, found: Set<string>): Set<string> {
  if (node.kind === 'rule') found.add(node.name);
  if (node.kind === 'sequence') node.items.forEach((item) => references(item, found));
  if (node.kind === 'choice') node.options.forEach((option) => references(option, found));
  if (node.kind === 'repeat') references(node.node, found);
  return found;
}

export function parseGbnf(text: string): Map<string, Node> {
  const rules = new Parser(text).parseGrammar();
  if (!rules.has('root')) throw new Error('GBNF: no root rule');
  for (const node of rules.values()) {
    for (const name of references(node, new Set())) {
      if (!rules.has(name)) throw new Error(`GBNF: undefined rule ${name}`);
    }
  }
  return rules;
}

/** Whether the grammar's root derives exactly `input`. */
export function gbnfAccepts(rules: Map<string, Node>, input: string): boolean {
  const codes = Array.from(input, (character) => character.codePointAt(0)!);
  const ends = (node: Node, from: number): Set<number> => {
    switch (node.kind) {
      case 'literal':
        return node.text.every((code, offset) => codes[from + offset] === code)
          ? new Set([from + node.text.length])
          : new Set();
      case 'any':
        return from < codes.length ? new Set([from + 1]) : new Set();
      case 'class': {
        const code = codes[from];
        if (code === undefined) return new Set();
        const inside = node.ranges.some(([low, high]) => code >= low && code <= high);
        return inside !== node.negated ? new Set([from + 1]) : new Set();
      }
      case 'rule':
        return ends(rules.get(node.name)!, from);
      case 'choice':
        return new Set(node.options.flatMap((option) => [...ends(option, from)]));
      case 'sequence':
        return node.items.reduce(
          (positions, item) => new Set([...positions].flatMap((at) => [...ends(item, at)])),
          new Set([from]),
        );
      case 'repeat': {
        const result = new Set<number>(node.min === 0 ? [from] : []);
        let frontier = new Set([from]);
        for (let count = 1; count <= node.max && frontier.size > 0; count += 1) {
          const next = new Set<number>();
          for (const at of frontier)
            for (const end of ends(node.node, at)) if (end > at) next.add(end);
          if (count >= node.min) next.forEach((end) => result.add(end));
          frontier = next;
        }
        return result;
      }
    }
  };
  return ends(rules.get('root')!, 0).has(codes.length);
}
