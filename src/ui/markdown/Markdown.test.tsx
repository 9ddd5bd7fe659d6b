// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown } from './Markdown';

afterEach(cleanup);

const hostilePayloads = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '[click me](javascript:window.__pwned=1)',
  '![pic](https://example.com/tracker.png)',
  '<svg onload="window.__pwned=1"></svg>',
  '<iframe src="https://example.com"></iframe>',
  '**<b onmouseover=alert(1)>bold</b>**',
  '`<style>body{display:none}</style>`',
  '&lt;script&gt; &amp; &#x3C;img&#x3E;',
  '```html\n<script>window.__pwned=1</script>\n```',
  '1. <b>x</b>\n2. <i onclick=alert(1)>y</i>',
];

describe('Markdown', () => {
  it.each(hostilePayloads)('renders %s as inert text', (payload) => {
    const { container } = render(<Markdown text={payload} />);
    const allowed = new Set(['DIV', 'P', 'STRONG', 'EM', 'CODE', 'PRE', 'BR', 'UL', 'OL', 'LI']);
    for (const element of container.querySelectorAll('*')) {
      expect(allowed.has(element.tagName)).toBe(true);
      expect(element.getAttributeNames().filter((name) => name !== 'class')).toEqual([]);
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows HTML literally', () => {
    const payload = '<img src=x onerror=window.__pwned=1> and <script>alert(1)</script>';
    const { container } = render(<Markdown text={payload} />);
    expect(container.textContent).toBe(payload);
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('shows a link as its label and address, never as an anchor', () => {
    const { container } = render(<Markdown text="see [the menu](https://example.com/menu)" />);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toBe('see the menu (https://example.com/menu)');
  });

  it('keeps a fenced block verbatim, markup included, as text', () => {
    const { container } = render(<Markdown text={'Here:\n```\n<b>**not bold**</b>\n```'} />);
    expect(container.querySelector('pre code')?.textContent).toBe('<b>**not bold**</b>');
    expect(container.querySelector('b, strong')).toBeNull();
  });

  it('keeps the first number of an ordered list', () => {
    const { container } = render(<Markdown text={'3. third\n4. fourth'} />);
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
  });

  it('renders the supported subset', () => {
    const { container } = render(
      <Markdown text={'**Golden Curry** is *cheap*\n- `centre`\n- east'} />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('Golden Curry');
    expect(container.querySelector('em')?.textContent).toBe('cheap');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('code')?.textContent).toBe('centre');
  });
});
