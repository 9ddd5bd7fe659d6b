import type { Turn } from '../conversation/conversation';
import type { ChatMessage } from '../model/chat-model';
import {
  MESSAGE_OVERHEAD_TOKENS,
  PROMPT_OVERHEAD_TOKENS,
  countPromptTokens,
  type TokenCounter,
} from '../context/token-counter';
import {
  BLOCK_SEPARATOR,
  INPUT_LABEL,
  THOUGHT_LABEL,
  TRAINING_SYSTEM_BLOCK,
  USER_LABEL,
  repairNote,
} from './cra-constants';
import { fitExactHistory } from './exact-history-fit';
import { labelled, toolStepLines } from './history-lines';
import { formatBlock, historyBlock, joinBlocks, taskBlock, toolsBlock } from './instruction-blocks';
import type { PromptOptions } from './prompt-options';
import { countRepeatedText } from './turn-memo';

export interface ExactPromptInput {
  stage: 'action' | 'response';
  history: readonly Turn[];
  current: Turn;
  signatureLines: readonly string[];
  options: PromptOptions;
  counter: TokenCounter;
  /** Tokens the whole prompt may use (context window minus the output allowance). */
  promptLimit: number;
}

export interface BuiltPrompt {
  messages: ChatMessage[];
  promptTokens: number;
  droppedTurns: number;
}

/** The input part: `User: ...` (action) or the whole turn so far with observations (response). */
export function exactInputText(
  stage: 'action' | 'response',
  current: Turn,
  options: PromptOptions,
): string {
  const parts = [labelled(USER_LABEL, current.user)];
  if (stage === 'response') parts.push(...toolStepLines(current.steps, false));
  if (options.thought === 'cued') parts.push(THOUGHT_LABEL);
  if (options.inputLabel) parts.unshift(INPUT_LABEL);
  return parts.join(options.inputSeparator === 'newline' ? '\n' : ' ');
}

function exactMessages(instruction: string, input: string, options: PromptOptions): ChatMessage[] {
  const messages: ChatMessage[] = [];
  if (options.systemDateHeader) messages.push({ role: 'system', content: TRAINING_SYSTEM_BLOCK });
  messages.push({ role: 'user', content: instruction + BLOCK_SEPARATOR + input });
  return messages;
}

/*
 * Prompt size is the sum of its parts (memoised instruction text and history turns, plus the new
 * input) rather than a count of the whole string, so that building a prompt at turn 30 costs
 * about what it costs at turn 1. Pieces never merge across the joins, so the sum does not
 * undercount; a few tokens of slack cover the join points.
 */
const JOIN_SLACK_TOKENS = 4;

/** A fresh single-turn chat per call, laid out exactly like a CRA training sample. */
export function buildExactPrompt(input: ExactPromptInput): BuiltPrompt {
  const { stage, options, counter } = input;
  const fixedBlocks = [taskBlock(stage)];
  if (stage === 'action') fixedBlocks.push(toolsBlock(input.signatureLines));
  fixedBlocks.push(formatBlock());
  const fixedText = joinBlocks(fixedBlocks) + BLOCK_SEPARATOR;
  const inputText = exactInputText(stage, input.current, options);
  const fixedTokens =
    PROMPT_OVERHEAD_TOKENS +
    MESSAGE_OVERHEAD_TOKENS +
    (options.systemDateHeader
      ? countRepeatedText(TRAINING_SYSTEM_BLOCK, counter) + MESSAGE_OVERHEAD_TOKENS
      : 0) +
    countRepeatedText(fixedText + historyBlock([]), counter) +
    counter.count(inputText) +
    JOIN_SLACK_TOKENS;
  const room = input.promptLimit - fixedTokens;
  const budget = Math.max(0, Math.min(options.historyBudgetTokens, room));
  const history = fitExactHistory(input.history, budget, options.verbatimTurns, counter);
  const instruction = fixedText + historyBlock(history.lines);
  return {
    messages: exactMessages(instruction, inputText, options),
    promptTokens: fixedTokens + history.tokens,
    droppedTurns: history.droppedTurns,
  };
}

/** The repair call: the prompt that produced the unreadable output, plus a short note. */
export function buildExactRepairPrompt(
  previousPrompt: readonly ChatMessage[],
  reason: string,
  counter: TokenCounter,
): BuiltPrompt {
  const messages = previousPrompt.map((message) => ({ ...message }));
  const last = messages[messages.length - 1];
  if (last) last.content = `${last.content}\n\n${repairNote(reason)}`;
  return { messages, promptTokens: countPromptTokens(messages, counter), droppedTurns: 0 };
}
