import { callStartPattern, readCalls } from './call-reader';
import { LiteralSyntaxError, TextCursor } from './text-cursor';
import {
  findLabel,
  removeOpeningFence,
  removeSpecialTokens,
  splitThought,
} from './output-sections';
import type { ParsedOutput } from './parsed-output';

/** Starts the reason when the parser itself failed (a bug), rather than the text being bad. */
export const internalErrorPrefix = 'the parser failed on this output: ';

/**
 * Reads one model output: an optional `Thought:`, then an action (CRA call, JSON call, call list)
 * or a reply (`System: ...` or plain prose). It never throws: bad text becomes `malformed` with a
 * reason the model can act on.
 */
export function parseModelOutput(text: string): ParsedOutput {
  try {
    return parseCleanOutput(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: 'malformed',
      reason: `${internalErrorPrefix}${reason}`,
      text: String(text),
    };
  }
}

function parseCleanOutput(text: string): ParsedOutput {
  const cleaned = removeSpecialTokens(text);
  if (cleaned.trim() === '') return { kind: 'malformed', reason: 'empty output', text };
  const sections = splitThought(cleaned);
  const thoughtPart = sections.thought ? { thought: sections.thought } : {};
  return parseBody(removeOpeningFence(sections.body), text, thoughtPart);
}

function parseBody(body: string, text: string, thoughtPart: { thought?: string }): ParsedOutput {
  if (body.trim() === '') {
    return {
      kind: 'malformed',
      ...thoughtPart,
      reason: 'a Thought without an Action or System line',
      text,
    };
  }
  const label = /^(action|system|assistant|response)\s*:[ \t]*/i.exec(body);
  if (label?.[1]?.toLowerCase() === 'action') {
    return readActions(removeOpeningFence(body.slice(label[0].length)), text, thoughtPart);
  }
  if (label) return reply(body.slice(label[0].length), text, thoughtPart);
  if (body.startsWith('{') || startsCallList(body) || callStartPattern.test(body)) {
    return readActions(body, text, thoughtPart);
  }
  // Prose first, then a labelled line: the prose is the model thinking aloud.
  const labelIndex = findLabel(body);
  if (labelIndex !== undefined) {
    const prose = body.slice(0, labelIndex).trim();
    const thought = thoughtPart.thought ?? prose;
    return parseBody(body.slice(labelIndex).trimStart(), text, thought ? { thought } : {});
  }
  return proseThenCall(body, text, thoughtPart) ?? reply(body, text, thoughtPart);
}

const callLinePattern = /\n[ \t]*(?=[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\()/;

/**
 * Prose, then an unlabelled call on a line of its own: what a model writes when the prompt
 * cued its Thought. Taken as thought and action only if the call reads cleanly; otherwise the
 * text is a reply that happens to hold "Name(...)".
 */
function proseThenCall(
  body: string,
  text: string,
  thoughtPart: { thought?: string },
): ParsedOutput | undefined {
  const line = callLinePattern.exec(body);
  if (!line) return undefined;
  const thought = thoughtPart.thought ?? body.slice(0, line.index).trim();
  const parsed = readActions(body.slice(line.index + line[0].length), text, { thought });
  return parsed.kind === 'actions' ? parsed : undefined;
}

/** `[f(...)` or `[{`: a list of calls rather than prose that happens to start with a bracket. */
function startsCallList(body: string): boolean {
  const inside = body.startsWith('[') ? body.slice(1).trimStart() : '';
  return inside.startsWith('{') || inside.startsWith(']') || callStartPattern.test(inside);
}

function readActions(
  payload: string,
  text: string,
  thoughtPart: { thought?: string },
): ParsedOutput {
  if (payload.trim() === '') {
    return { kind: 'malformed', ...thoughtPart, reason: 'an Action label without a call', text };
  }
  try {
    const calls = readCalls(new TextCursor(payload));
    return { kind: 'actions', ...thoughtPart, calls };
  } catch (error) {
    if (!(error instanceof LiteralSyntaxError)) throw error;
    return { kind: 'malformed', ...thoughtPart, reason: error.message, text };
  }
}

/** A line that starts another turn or step: the model writing on past its reply. */
const nextTurnPattern = /\n[ \t]*(?:user|thought|action|observation)\s*:/i;

function reply(body: string, text: string, thoughtPart: { thought?: string }): ParsedOutput {
  const nextTurn = nextTurnPattern.exec(body);
  const own = nextTurn ? body.slice(0, nextTurn.index) : body;
  const replyText = own.replace(/\n?```\s*$/, '').trim();
  if (replyText === '')
    return { kind: 'malformed', ...thoughtPart, reason: 'an empty reply', text };
  return { kind: 'reply', ...thoughtPart, text: replyText };
}
