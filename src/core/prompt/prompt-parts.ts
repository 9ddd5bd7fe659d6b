import type { ChatMessage } from '../model/chat-model';
import {
  FORMAT_BEGIN,
  FORMAT_END,
  HISTORY_BEGIN,
  HISTORY_END,
  INPUT_LABEL,
  TASK_BEGIN,
  TASK_END,
  TOOLS_BEGIN,
  TOOLS_END,
  TRAINING_SYSTEM_BLOCK,
} from './cra-constants';
import { LLAMA3_BEGIN_OF_TEXT, LLAMA3_END_OF_TURN, renderLlama3Message } from './llama3-template';

/**
 * What each stretch of the exact prompt is, so that a viewer can mark the CRA blocks: the chat
 * template's special tokens, the trained date block, the four instruction blocks (their
 * [BEGIN OF …]/[END OF …] lines marked apart), the Input line, and anything else as `other`.
 */
export type PromptPart =
  'template' | 'marker' | 'date' | 'task' | 'tools' | 'format' | 'history' | 'input' | 'other';

export interface PromptSegment {
  part: PromptPart;
  text: string;
}

export const PROMPT_PART_LABELS: Record<PromptPart, string> = {
  template: 'Chat template tokens',
  marker: 'Block markers',
  date: 'Date block',
  task: 'Task instruction',
  tools: 'Available tools',
  format: 'Format instruction',
  history: 'Conversation history',
  input: 'Input',
  other: 'Other text',
};

const BLOCKS: readonly { begin: string; end: string; part: PromptPart }[] = [
  { begin: TASK_BEGIN, end: TASK_END, part: 'task' },
  { begin: TOOLS_BEGIN, end: TOOLS_END, part: 'tools' },
  { begin: FORMAT_BEGIN, end: FORMAT_END, part: 'format' },
  { begin: HISTORY_BEGIN, end: HISTORY_END, part: 'history' },
];

const TEMPLATE_TOKEN = /<\|[a-z_]+\|>/g;

/**
 * The Llama 3.1 rendering of `messages` (the same text `renderLlama3Prompt` gives, BOS first and
 * the open assistant header last), cut into marked segments. Joining the segments' text gives
 * the rendered prompt back byte for byte; that is what makes the marking trustworthy.
 */
export function promptSegments(messages: readonly ChatMessage[]): PromptSegment[] {
  const segments: PromptSegment[] = [{ part: 'template', text: LLAMA3_BEGIN_OF_TEXT }];
  for (const message of messages) {
    const rendered = renderLlama3Message(message);
    const headerEnd = rendered.indexOf('\n\n') + 2;
    const content = rendered.slice(headerEnd, rendered.length - LLAMA3_END_OF_TURN.length);
    segments.push({ part: 'template', text: rendered.slice(0, headerEnd) });
    segments.push(...contentSegments(content, message.role));
    segments.push({ part: 'template', text: LLAMA3_END_OF_TURN });
  }
  segments.push({ part: 'template', text: '<|start_header_id|>assistant<|end_header_id|>\n\n' });
  return mergeNeighbours(segments.filter((segment) => segment.text.length > 0));
}

function contentSegments(content: string, role: ChatMessage['role']): PromptSegment[] {
  const segments: PromptSegment[] = [];
  let rest = content;
  if (role === 'system' && rest.startsWith(TRAINING_SYSTEM_BLOCK)) {
    segments.push({ part: 'date', text: TRAINING_SYSTEM_BLOCK });
    rest = rest.slice(TRAINING_SYSTEM_BLOCK.length);
  }
  let afterBlock = false;
  while (rest.length > 0) {
    const next = nextBlock(rest);
    if (!next) {
      segments.push(...(afterBlock ? inputSegments(rest) : plainSegments(rest)));
      break;
    }
    const { start, block } = next;
    segments.push(...plainSegments(rest.slice(0, start)));
    afterBlock = true;
    const endAt = rest.indexOf(block.end, start + block.begin.length);
    const innerEnd = endAt === -1 ? rest.length : endAt;
    segments.push({ part: 'marker', text: block.begin });
    segments.push({ part: block.part, text: rest.slice(start + block.begin.length, innerEnd) });
    if (endAt === -1) break;
    segments.push({ part: 'marker', text: block.end });
    rest = rest.slice(endAt + block.end.length);
  }
  return segments;
}

function nextBlock(text: string): { start: number; block: (typeof BLOCKS)[number] } | undefined {
  let found: { start: number; block: (typeof BLOCKS)[number] } | undefined;
  for (const block of BLOCKS) {
    const start = text.indexOf(block.begin);
    if (start !== -1 && (!found || start < found.start)) found = { start, block };
  }
  return found;
}

/** The text after a message's last block is its input (the separator before it is not). */
function inputSegments(text: string): PromptSegment[] {
  const start = text.length - text.trimStart().length;
  return [...tokenSplit(text.slice(0, start), 'other'), ...tokenSplit(text.slice(start), 'input')];
}

/** Text outside the blocks: an `Input:` line onwards is the input; template tokens stay marked. */
function plainSegments(text: string): PromptSegment[] {
  const inputAt = text.startsWith(INPUT_LABEL) ? 0 : text.indexOf(`\n${INPUT_LABEL}`);
  if (inputAt === -1) return tokenSplit(text, 'other');
  const cut = inputAt === 0 ? 0 : inputAt + 1;
  return [...tokenSplit(text.slice(0, cut), 'other'), ...tokenSplit(text.slice(cut), 'input')];
}

/** Special tokens written inside a message (a hostile user can type them) are shown as such. */
function tokenSplit(text: string, part: PromptPart): PromptSegment[] {
  const segments: PromptSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(TEMPLATE_TOKEN)) {
    segments.push({ part, text: text.slice(last, match.index) });
    segments.push({ part: 'template', text: match[0] });
    last = match.index + match[0].length;
  }
  segments.push({ part, text: text.slice(last) });
  return segments;
}

function mergeNeighbours(segments: PromptSegment[]): PromptSegment[] {
  const merged: PromptSegment[] = [];
  for (const segment of segments) {
    const previous = merged[merged.length - 1];
    if (previous && previous.part === segment.part) previous.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}
