import {
  ACTION_TASK_TEXT,
  BLOCK_SEPARATOR,
  FORMAT_BEGIN,
  FORMAT_END,
  FORMAT_TEXT,
  HISTORY_BEGIN,
  HISTORY_END,
  RESPONSE_TASK_TEXT,
  TASK_BEGIN,
  TASK_END,
  TOOLS_BEGIN,
  TOOLS_END,
} from './cra-constants';

function block(begin: string, lines: readonly string[], end: string): string {
  return [begin, ...lines, end].join('\n');
}

export function taskBlock(stage: 'action' | 'response'): string {
  return block(TASK_BEGIN, [stage === 'action' ? ACTION_TASK_TEXT : RESPONSE_TASK_TEXT], TASK_END);
}

export function toolsBlock(signatureLines: readonly string[]): string {
  return block(TOOLS_BEGIN, signatureLines, TOOLS_END);
}

export function formatBlock(): string {
  return block(FORMAT_BEGIN, [FORMAT_TEXT], FORMAT_END);
}

export function historyBlock(lines: readonly string[]): string {
  return block(HISTORY_BEGIN, lines, HISTORY_END);
}

export function joinBlocks(blocks: readonly string[]): string {
  return blocks.join(BLOCK_SEPARATOR);
}
