import { describe, expect, it } from 'vitest';
import { toGbnf } from './gbnf-grammar';
import { createToolRegistry } from './tool-registry';
import { fixtureTools } from './testing/fixture-tools';
import { gbnfAccepts, parseGbnf } from './testing/gbnf-recogniser';
import { GRAMMAR_ACCEPTS, GRAMMAR_REJECTS } from './testing/grammar-cases';

const registry = createToolRegistry(fixtureTools);
const rules = parseGbnf(toGbnf(registry.grammar()));

describe('tool grammar in GBNF (llama.cpp), checked with a GBNF recogniser', () => {
  it.each(GRAMMAR_ACCEPTS)('accepts %j', (input) => {
    expect(gbnfAccepts(rules, input)).toBe(true);
  });

  it.each(GRAMMAR_REJECTS)('rejects %s', (_case, input) => {
    expect(gbnfAccepts(rules, input)).toBe(false);
  });

  it('is the EBNF with GBNF rule names: literals and classes untouched', () => {
    const ebnf = registry.grammar();
    const gbnf = toGbnf(ebnf);
    expect(gbnf).not.toMatch(/^[a-z0-9-]*_/m);
    expect(gbnf.replace(/-/g, '_')).toBe(ebnf.replace(/-/g, '_'));
    expect(gbnf).toContain('"Action: "');
  });

  it('the recogniser refuses what llama.cpp refuses: the EBNF rule names as they are', () => {
    expect(() => parseGbnf(registry.grammar())).toThrow(/GBNF parse error/);
    expect(() => parseGbnf('root ::= missing')).toThrow(/undefined rule/);
  });

  it('keeps an underscore inside a literal or a class', () => {
    expect(toGbnf('a_b ::= "x_y" [_a]\nroot ::= a_b')).toBe('a-b ::= "x_y" [_a]\nroot ::= a-b');
    const parsed = parseGbnf(toGbnf('a_b ::= "x_y" [_a]\nroot ::= a_b'));
    expect(gbnfAccepts(parsed, 'x_y_')).toBe(true);
    expect(gbnfAccepts(parsed, 'x-y_')).toBe(false);
  });

  it('follows the cued-thought and no-tools variants', () => {
    const cued = parseGbnf(toGbnf(registry.grammar({ cuedThought: true })));
    expect(gbnfAccepts(cued, " They want the north.\nAction: FindPlaces(area='north')")).toBe(true);
    expect(gbnfAccepts(cued, "Action: FindPlaces(area='north')")).toBe(false);
    const none = parseGbnf(toGbnf(createToolRegistry([]).grammar({ allowReply: false })));
    expect(gbnfAccepts(none, 'System: hi')).toBe(true);
  });
});
