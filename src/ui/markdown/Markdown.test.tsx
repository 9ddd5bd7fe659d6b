// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { longReplyChars, Markdown } from './Markdown';

afterEach(cleanup);

/** Renders and waits for marked to load (text shows plain until it does). */
async function renderMarkdown(text: string, streaming = false) {
  const view = render(<Markdown text={text} streaming={streaming} />);
  await waitFor(() => expect(view.container.querySelector('.plain-text')).toBeNull());
  return view.container;
}

const hostilePayloads = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '<a href="javascript:window.__pwned=1">x</a>',
  '[click me](javascript:window.__pwned=1)',
  '[data](data:text/html,<script>alert(1)</script>)',
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
  it.each(hostilePayloads)('renders %s as inert text', async (payload) => {
    const container = await renderMarkdown(payload);
    const allowed = new Set([
      'DIV',
      'P',
      'SPAN',
      'STRONG',
      'EM',
      'CODE',
      'PRE',
      'BR',
      'UL',
      'OL',
      'LI',
      'BUTTON',
    ]);
    for (const element of container.querySelectorAll('*')) {
      expect(allowed.has(element.tagName)).toBe(true);
      const attributes = element.getAttributeNames().filter((name) => name !== 'class');
      expect(attributes.filter((name) => !['type', 'aria-label'].includes(name))).toEqual([]);
    }
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows HTML literally', async () => {
    const payload = '<img src=x onerror=window.__pwned=1> and <script>alert(1)</script>';
    const container = await renderMarkdown(payload);
    expect(container.textContent).toBe(payload);
    expect(container.querySelector('img, script')).toBeNull();
  });

  it('makes an http(s) or mailto link an anchor that opens apart from the app', async () => {
    const container = await renderMarkdown(
      'see [the menu](https://example.com/menu) or [mail](mailto:desk@example.com)',
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://example.com/menu',
      'mailto:desk@example.com',
    ]);
    for (const link of links) {
      expect(link.getAttribute('target')).toBe('_blank');
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('shows any other link as its label and address, not an anchor', async () => {
    const container = await renderMarkdown('[x](javascript:alert(1)) [y](file:///etc/passwd)');
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('x (javascript:alert(1))');
  });

  it('keeps a fenced block verbatim with a copy button, an Action line included', async () => {
    const container = await renderMarkdown(
      "Here:\n```\nAction: FindRestaurants(area='centre')\n<b>**not bold**</b>\n```",
    );
    expect(container.querySelector('pre code')?.textContent).toBe(
      "Action: FindRestaurants(area='centre')\n<b>**not bold**</b>",
    );
    expect(container.querySelector('b, strong')).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy code' })).toBeTruthy();
  });

  it('keeps the first number of an ordered list', async () => {
    const container = await renderMarkdown('3. third\n4. fourth');
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('3');
  });

  it('ends a list at a sentence that follows it without a blank line', async () => {
    const container = await renderMarkdown('- one\n- two\nWould you like to book?');
    expect(container.querySelectorAll('li')[1]?.textContent).toBe('two');
    expect(container.querySelector('ul + p')?.textContent).toBe('Would you like to book?');
  });

  it('renders bold, emphasis, lists and inline code', async () => {
    const container = await renderMarkdown('**Golden Curry** is *cheap*\n- `centre`\n- east');
    expect(container.querySelector('strong')?.textContent).toBe('Golden Curry');
    expect(container.querySelector('em')?.textContent).toBe('cheap');
    expect(container.querySelectorAll('li')).toHaveLength(2);
    expect(container.querySelector('code')?.textContent).toBe('centre');
  });

  it('never shows a half-arrived bold marker while streaming', async () => {
    const opened = await renderMarkdown('The **Golden Cu', true);
    expect(opened.textContent).toBe('The Golden Cu');
    expect(opened.querySelector('strong')?.textContent).toBe('Golden Cu');
    cleanup();
    const bare = await renderMarkdown('The **', true);
    expect(bare.textContent?.trim()).toBe('The');
  });

  it('renders the beginning of a very long reply until asked for the rest', async () => {
    const paragraph = `${'word '.repeat(200)}\n\n`;
    const text = paragraph.repeat(Math.ceil((longReplyChars * 3) / paragraph.length));
    const container = await renderMarkdown(text);
    const shownBefore = container.textContent?.length ?? 0;
    expect(shownBefore).toBeLessThan(longReplyChars + 100);
    screen.getByRole('button', { name: /Show the rest/ }).click();
    await waitFor(() =>
      expect(container.textContent?.length ?? 0).toBeGreaterThan(shownBefore * 2),
    );
  });
});
