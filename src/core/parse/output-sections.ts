/**
 * Splits a raw model output into its labelled sections before any call is read: special tokens
 * the runtime let through, a leading `Thought:` and the body that follows it.
 */

const headerPattern = /<\|start_header_id\|>[^<]{0,40}<\|end_header_id\|>/g;
const specialTokenPattern = /<\|[a-z_0-9]{1,40}\|>/g;
const endOfTurnTokens = new Set(['<|eot_id|>', '<|eom_id|>', '<|end_of_text|>']);

/**
 * Drops Llama special tokens. Text after an end-of-turn token belongs to no turn of ours, unless
 * nothing came before it (a stray token at the start). One pass, so long token runs stay linear.
 */
export function removeSpecialTokens(text: string): string {
  const withoutHeaders = text.replace(headerPattern, '\n');
  let kept = '';
  let seenContent = false;
  let last = 0;
  for (const token of withoutHeaders.matchAll(specialTokenPattern)) {
    const gap = withoutHeaders.slice(last, token.index);
    kept += gap;
    seenContent ||= gap.trim() !== '';
    last = token.index + token[0].length;
    if (seenContent && endOfTurnTokens.has(token[0])) return kept;
  }
  return kept + withoutHeaders.slice(last);
}

const thoughtLabelPattern = /^thought\s*:[ \t]*/i;
/** Lines that end a thought: a label, a fence, JSON or a call. */
const bodyLinePattern =
  /^(?:(?:action|system|assistant|response|observation)\s*:|```|\[|\{|[A-Za-z_][A-Za-z0-9_.]*\()/i;
/**
 * Where an `Action:` or `System:` label starts inside text: at a line start, or mid-line when
 * what follows is clearly one ("... Action: Find(", "... done. System: ..."), so prose such as
 * "take action: search" is not mistaken for a label.
 */
const labelPattern =
  /(?:^|\n)[ \t]*(?=(?:action|system)\s*:)|\s(?=action\s*:\s*(?:[A-Za-z_][\w.]*\(|[[{`]))|[.!?]\s+(?=system\s*:)/i;

export interface Sections {
  thought?: string;
  body: string;
}

/**
 * `Thought: ...` may run over several lines; it ends at a label, a blank line or a line that
 * starts a body (a call, JSON, a fence).
 */
export function splitThought(text: string): Sections {
  const trimmed = text.trimStart();
  const label = thoughtLabelPattern.exec(trimmed);
  if (!label) return { body: trimmed };
  const rest = trimmed.slice(label[0].length);
  const end = Math.min(findLabel(rest) ?? rest.length, findBodyLine(rest) ?? rest.length);
  return { thought: rest.slice(0, end).trim(), body: rest.slice(end).trimStart() };
}

/** Start of the first line after the first that is blank or begins a body. */
function findBodyLine(text: string): number | undefined {
  let offset = text.indexOf('\n') + 1;
  while (offset > 0) {
    const next = text.indexOf('\n', offset);
    const line = text.slice(offset, next === -1 ? undefined : next);
    if (line.trim() === '' || bodyLinePattern.test(line.trimStart())) return offset;
    offset = next + 1;
  }
  return undefined;
}

/** Index of the first `Action:` / `System:` label in the text, if any. */
export function findLabel(text: string): number | undefined {
  const found = labelPattern.exec(text);
  return found ? found.index + found[0].length : undefined;
}

const openingFencePattern = /^```[A-Za-z0-9_-]*[ \t]*\r?\n?/;

/** A body inside a code fence (or single backticks) reads as the body itself. */
export function removeOpeningFence(body: string): string {
  const fence = openingFencePattern.exec(body);
  if (fence) return body.slice(fence[0].length).trimStart();
  if (body.startsWith('`') && !body.startsWith('``')) return body.slice(1);
  return body;
}
