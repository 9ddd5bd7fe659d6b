/**
 * Splits a raw model output into its labelled sections before any call is read: special tokens
 * the runtime let through, a leading `Thought:` and the body that follows it.
 */

const headerPattern = /<\|start_header_id\|>[^<]{0,40}<\|end_header_id\|>/g;
const endOfTurnPattern = /<\|(?:eot_id|eom_id|end_of_text)\|>/;
const anySpecialTokenPattern = /<\|[a-z_0-9]{1,40}\|>/g;

/** Drops Llama special tokens; text after an end-of-turn token belongs to no turn of ours. */
export function removeSpecialTokens(text: string): string {
  let cleaned = text.replace(headerPattern, '\n');
  // An end-of-turn token before any content (a stray one at the start) does not end the turn.
  for (;;) {
    const end = endOfTurnPattern.exec(cleaned);
    if (!end) break;
    const before = cleaned.slice(0, end.index);
    if (before.replace(anySpecialTokenPattern, '').trim() !== '') {
      cleaned = before;
      break;
    }
    cleaned = before + cleaned.slice(end.index + end[0].length);
  }
  return cleaned.replace(anySpecialTokenPattern, '');
}

const thoughtLabelPattern = /^thought\s*:[ \t]*/i;
/** Lines that end a thought: a label, a fence, JSON or a call. */
const bodyLinePattern =
  /^(?:(?:action|system|assistant|response|observation)\s*:|```|\[|\{|[A-Za-z_][A-Za-z0-9_.]*\()/i;
const inlineLabelPattern = /\s(?:action|system)\s*:/i;

export interface Sections {
  thought?: string;
  body: string;
}

/** `Thought: ...` may run over several lines; it ends at a blank line or a line that starts a body. */
export function splitThought(text: string): Sections {
  const trimmed = text.trimStart();
  const label = thoughtLabelPattern.exec(trimmed);
  if (!label) return { body: trimmed };
  const rest = trimmed.slice(label[0].length);
  const lines = rest.split('\n');
  const firstLine = lines[0] ?? '';
  const inline = inlineLabelPattern.exec(firstLine);
  if (inline) {
    return {
      thought: firstLine.slice(0, inline.index).trim(),
      body: rest.slice(inline.index).trimStart(),
    };
  }
  let offset = firstLine.length + 1;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    const startsBody = bodyLinePattern.test(line.trimStart());
    if (startsBody || line.trim() === '') {
      return { thought: rest.slice(0, offset - 1).trim(), body: rest.slice(offset).trimStart() };
    }
    offset += line.length + 1;
  }
  return { thought: rest.trim(), body: '' };
}

const openingFencePattern = /^```[A-Za-z0-9_-]*[ \t]*\r?\n?/;

/** A body inside a code fence (or single backticks) reads as the body itself. */
export function removeOpeningFence(body: string): string {
  const fence = openingFencePattern.exec(body);
  if (fence) return body.slice(fence[0].length).trimStart();
  if (body.startsWith('`') && !body.startsWith('``')) return body.slice(1);
  return body;
}

/** The first line-initial `Action:` or `System:` label inside prose, if any. */
export function findLabelledLine(
  body: string,
): { index: number; label: 'action' | 'system' } | undefined {
  const found = /(?:^|\n)[ \t]*(action|system)\s*:/i.exec(body);
  if (!found || found[1] === undefined) return undefined;
  const index = found.index + (found[0].startsWith('\n') ? 1 : 0);
  return { index, label: found[1].toLowerCase() === 'action' ? 'action' : 'system' };
}
