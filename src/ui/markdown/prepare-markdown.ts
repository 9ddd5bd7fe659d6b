/**
 * Adjusts model text before it is parsed as Markdown, outside fenced code:
 * - a line that follows a list item without a blank line and is not itself indented or a list
 *   item starts a new paragraph (CommonMark would continue the last item with it, which reads as
 *   the item swallowing the sentence after the list: the model writes such lines often);
 * - while a reply streams, an unclosed `**` or backtick at the end is closed, so raw markers
 *   never flash on screen before their closing half arrives.
 */
const listItem = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s/;
const fence = /^\s{0,3}(```|~~~)/;

export function prepareMarkdown(text: string, streaming: boolean): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let inFence = false;
  let inList = false;
  for (const line of lines) {
    if (fence.test(line)) inFence = !inFence;
    if (!inFence) {
      if (listItem.test(line)) inList = true;
      else if (line.trim() === '') inList = false;
      else if (inList && !/^\s/.test(line) && !fence.test(line)) {
        out.push('');
        inList = false;
      }
    }
    out.push(line);
  }
  const prepared = out.join('\n');
  return streaming && !inFence ? closeOpenMarkers(prepared) : prepared;
}

/** Closes a dangling inline code span or bold run in the last paragraph. */
function closeOpenMarkers(text: string): string {
  const lastBlock = text.slice(text.lastIndexOf('\n\n') + 1);
  let closing = '';
  const backticks = (lastBlock.match(/`/g) ?? []).length;
  if (backticks % 2 === 1) closing += '`';
  const outsideCode = lastBlock.replace(/`[^`]*`?/g, '');
  const bold = (outsideCode.match(/\*\*/g) ?? []).length;
  // A marker with nothing after it yet is dropped rather than closed on nothing.
  if (bold % 2 === 1) {
    if (/\*\*\s*$/.test(text) && !closing) return text.replace(/\*\*\s*$/, '');
    closing = closing + '**';
  }
  return text + closing;
}
