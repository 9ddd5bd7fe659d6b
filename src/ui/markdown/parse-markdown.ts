/**
 * A deliberately small Markdown subset for model text, observations and imported data. It
 * produces plain data (never HTML), so the renderer can only ever create text and a fixed set of
 * elements. Scanning is linear: failed delimiter searches are remembered so hostile input made of
 * thousands of unmatched `*` or backticks cannot make it quadratic.
 */

export type InlineNode =
  | { type: 'text'; text: string }
  | { type: 'strong'; children: InlineNode[] }
  | { type: 'emphasis'; children: InlineNode[] }
  | { type: 'code'; text: string }
  | { type: 'break' };

export type BlockNode =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'list'; ordered: boolean; start: number; items: InlineNode[][] }
  /** A fenced block (```), kept verbatim. */
  | { type: 'code-block'; text: string };

const maximumNesting = 4;
const maximumLinkPart = 500;
const listItemPattern = /^\s{0,3}(?:([-*+])|(\d{1,9})[.)])\s+(.*)$/;

export function parseMarkdown(source: string): BlockNode[] {
  const blocks: BlockNode[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;
  let fence: string[] | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) {
      blocks.push({ type: 'paragraph', children: parseInline(paragraph.join('\n')) });
      paragraph = [];
    }
  };
  const flushList = () => {
    if (list) {
      blocks.push({
        type: 'list',
        ordered: list.ordered,
        start: list.start,
        items: list.items.map((item) => parseInline(item)),
      });
      list = null;
    }
  };

  for (const line of source.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trimStart().startsWith('```')) {
      if (fence) {
        blocks.push({ type: 'code-block', text: fence.join('\n') });
        fence = null;
      } else {
        flushParagraph();
        flushList();
        fence = [];
      }
      continue;
    }
    if (fence) {
      fence.push(line);
      continue;
    }
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const item = listItemPattern.exec(line);
    if (item) {
      const ordered = item[2] !== undefined;
      flushParagraph();
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, start: ordered ? Number(item[2]) : 1, items: [] };
      list.items.push(item[3] ?? '');
      continue;
    }
    if (list) {
      // A non-item line right after an item continues that item (a wrapped line).
      const items: string[] = list.items;
      items[items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    paragraph.push(line);
  }
  // An unclosed fence (a reply cut short) still shows its text.
  if (fence) blocks.push({ type: 'code-block', text: fence.join('\n') });
  flushParagraph();
  flushList();
  return blocks;
}

export function parseInline(text: string, depth = 0): InlineNode[] {
  const nodes: InlineNode[] = [];
  // delimiter -> true once a search for its closing partner has failed from some position on.
  const exhausted = new Set<string>();
  let plain = '';
  let index = 0;

  const pushText = (value: string) => {
    plain += value;
  };
  const flushText = () => {
    if (plain !== '') nodes.push({ type: 'text', text: plain });
    plain = '';
  };
  const findClosing = (delimiter: string, from: number): number => {
    if (exhausted.has(delimiter)) return -1;
    const found = text.indexOf(delimiter, from);
    if (found === -1) exhausted.add(delimiter);
    return found;
  };

  while (index < text.length) {
    const character = text[index] ?? '';
    if (character === '\n') {
      flushText();
      nodes.push({ type: 'break' });
      index += 1;
      continue;
    }
    if (character === '`') {
      const end = findClosing('`', index + 1);
      if (end > index + 1) {
        flushText();
        nodes.push({ type: 'code', text: text.slice(index + 1, end) });
        index = end + 1;
        continue;
      }
    }
    if (character === '*' && text[index + 1] === '*' && depth < maximumNesting) {
      const end = findClosing('**', index + 2);
      if (end > index + 2) {
        flushText();
        nodes.push({
          type: 'strong',
          children: parseInline(text.slice(index + 2, end), depth + 1),
        });
        index = end + 2;
        continue;
      }
    }
    if ((character === '*' || isWordBoundaryUnderscore(text, index)) && depth < maximumNesting) {
      const end = findClosing(character, index + 1);
      if (end > index + 1 && text[index + 1] !== ' ') {
        flushText();
        nodes.push({
          type: 'emphasis',
          children: parseInline(text.slice(index + 1, end), depth + 1),
        });
        index = end + 1;
        continue;
      }
    }
    if (character === '!' && text[index + 1] === '[') {
      // Images are never loaded: show the alternative text only.
      index += 1;
      continue;
    }
    if (character === '[') {
      const link = readLink(text, index);
      if (link) {
        pushText(link.url ? `${link.label} (${link.url})` : link.label);
        index = link.end;
        continue;
      }
    }
    pushText(character);
    index += 1;
  }
  flushText();
  return nodes;
}

function isWordBoundaryUnderscore(text: string, index: number): boolean {
  if (text[index] !== '_') return false;
  const before = text[index - 1];
  return before === undefined || !/[\p{L}\p{N}_]/u.test(before);
}

/** `[label](url)` as plain text; the URL is shown, never followed. */
function readLink(text: string, start: number): { label: string; url: string; end: number } | null {
  // Bounded windows keep a run of unmatched brackets linear.
  const labelWindow = text.slice(start + 1, start + 1 + maximumLinkPart);
  const labelLength = labelWindow.indexOf('](');
  if (labelLength === -1 || labelWindow.slice(0, labelLength).includes('\n')) return null;
  const labelEnd = start + 1 + labelLength;
  const urlLength = text.slice(labelEnd + 2, labelEnd + 2 + maximumLinkPart).indexOf(')');
  if (urlLength === -1) return null;
  const urlEnd = labelEnd + 2 + urlLength;
  const url = text.slice(labelEnd + 2, urlEnd).trim();
  if (/\s/.test(url)) return null;
  return { label: text.slice(start + 1, labelEnd), url, end: urlEnd + 1 };
}
