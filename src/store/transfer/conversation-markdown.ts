import type { AgentStep, Conversation, Turn } from '../../core/conversation/conversation';
import type { ToolCall } from '../../core/tools/tool-definition';
import { shownPath } from '../../core/conversation/turn-tree';

/**
 * A conversation as Markdown for reading: the user's words and the replies in full, the agent's
 * thoughts and tool calls folded into a <details> list under each turn. It is the conversation as
 * shown (the chosen version of each turn); the JSON export keeps every version.
 */
export function conversationToMarkdown(conversation: Conversation): string {
  const shown = shownPath(conversation);
  const hidden = conversation.turns.length - shown.length;
  const versions = hidden > 0 ? ` (and ${hidden} in other versions, in the JSON export)` : '';
  const lines = [
    `# ${oneLine(conversation.title)}`,
    '',
    `_Prompt profile ${conversation.profile}; ${shown.length} turns${versions}; last changed ${new Date(conversation.updatedAt).toISOString()}._`,
    '',
  ];
  for (const turn of shown) lines.push(...turnLines(turn));
  return `${lines.join('\n').trimEnd()}\n`;
}

function turnLines(turn: Turn): string[] {
  const lines = ['## User', '', quote(turn.user), ''];
  const trace = turn.steps.flatMap(stepItems);
  if (trace.length > 0) {
    lines.push(
      '<details>',
      '<summary>Thoughts and actions</summary>',
      '',
      ...trace,
      '',
      '</details>',
      '',
    );
  }
  const status = turn.status === 'complete' ? '' : ` (${turn.status})`;
  lines.push(
    `## Assistant${status}`,
    '',
    turn.reply.trim() === '' ? '_No reply._' : quote(turn.reply),
    '',
  );
  return lines;
}

function stepItems(step: AgentStep): string[] {
  const items: string[] = [];
  if (step.thought) items.push(`- Thought: ${oneLine(step.thought)}`);
  if (step.call) items.push(`- Action: \`${callText(step.call)}\``);
  if (step.observation !== undefined) {
    items.push(`- Observation: \`${oneLine(step.observation).replaceAll('`', "'")}\``);
  }
  if (step.error) items.push(`- Problem: ${oneLine(step.error)}`);
  return items;
}

function callText(call: ToolCall): string {
  const args = Object.entries(call.arguments).map(
    ([name, value]) => `${name}=${JSON.stringify(value)}`,
  );
  return oneLine(`${call.name}(${args.join(', ')})`).replaceAll('`', "'");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Keeps user text from turning into headings or HTML when rendered. */
function quote(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => `> ${line.replaceAll('<', '&lt;')}`)
    .join('\n');
}
