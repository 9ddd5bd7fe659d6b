import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdown } from './parse-markdown';

describe('parseMarkdown', () => {
  it('splits paragraphs on blank lines and keeps single newlines as breaks', () => {
    expect(parseMarkdown('one\ntwo\n\nthree')).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'one' }, { type: 'break' }, { type: 'text', text: 'two' }],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'three' }] },
    ]);
  });

  it('reads bulleted and numbered lists as separate lists', () => {
    const blocks = parseMarkdown('- a\n- b\n1. c\n2) d');
    expect(
      blocks.map((block) => block.type === 'list' && [block.ordered, block.items.length]),
    ).toEqual([
      [false, 2],
      [true, 2],
    ]);
  });

  it('parses bold, italic and inline code', () => {
    expect(parseInline('**b** *i* `c` _u_')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'i' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'c' },
      { type: 'text', text: ' ' },
      { type: 'emphasis', children: [{ type: 'text', text: 'u' }] },
    ]);
  });

  it('leaves underscores inside words alone', () => {
    expect(parseInline('price_range and snake_case_name')).toEqual([
      { type: 'text', text: 'price_range and snake_case_name' },
    ]);
  });

  it('turns links into plain text that shows the address and drops images', () => {
    expect(parseInline('[click](javascript:alert(1)) ![x](http://evil/pic.png)')).toEqual([
      { type: 'text', text: 'click (javascript:alert(1)) x (http://evil/pic.png)' },
    ]);
  });

  it('keeps HTML as literal text', () => {
    expect(parseInline('<img src=x onerror=alert(1)><script>alert(2)</script>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)><script>alert(2)</script>' },
    ]);
  });

  it('stays fast on long runs of unmatched delimiters', () => {
    const hostile =
      '*'.repeat(50_000) + '`'.repeat(50_000) + '['.repeat(50_000) + '_a'.repeat(50_000);
    const started = performance.now();
    const blocks = parseMarkdown(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
    const text = JSON.stringify(blocks);
    expect(text.length).toBeGreaterThan(100_000);
  });

  it('limits nesting depth', () => {
    const nested = '**'.repeat(200) + 'x' + '**'.repeat(200);
    expect(() => parseMarkdown(nested)).not.toThrow();
  });
});

describe('fenced blocks', () => {
  it('keeps the lines verbatim and closes an unterminated fence at the end', () => {
    expect(parseMarkdown('a\n```\n*x*\n```\nb')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'a' }] },
      { type: 'code-block', text: '*x*' },
      { type: 'paragraph', children: [{ type: 'text', text: 'b' }] },
    ]);
    expect(parseMarkdown('```\ncut sho')).toEqual([{ type: 'code-block', text: 'cut sho' }]);
  });
});
