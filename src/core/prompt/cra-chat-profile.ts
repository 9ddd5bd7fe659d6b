import type { Turn } from '../conversation/conversation';
import type { ChatMessage } from '../model/chat-model';
import {
  MESSAGE_OVERHEAD_TOKENS,
  PROMPT_OVERHEAD_TOKENS,
  type TokenCounter,
} from '../context/token-counter';
import { CHAT_PROTOCOL_TEXT, TRAINING_SYSTEM_BLOCK } from './cra-constants';
import { chatTurnMessages, chatUserMessage, type ModelStage } from './chat-transcript';
import type { BuiltPrompt } from './cra-exact-profile';
import { latestState, stateSummaryLine } from './history-lines';
import { formatBlock, historyBlock, joinBlocks, taskBlock, toolsBlock } from './instruction-blocks';
import { DEFAULT_PROMPT_OPTIONS, type PromptOptions } from './prompt-options';
import { counterKey, countRepeatedText, memoByTurn } from './turn-memo';

export interface ChatPromptInput {
  stage: ModelStage;
  history: readonly Turn[];
  current: Turn;
  signatureLines: readonly string[];
  options: PromptOptions;
  counter: TokenCounter;
  promptLimit: number;
}

/** Room for the state summary that replaces dropped turns, in the fit checks. */
const SUMMARY_ALLOWANCE_TOKENS = 160;

export function chatSystemContent(
  signatureLines: readonly string[],
  summary?: string,
  options: Pick<PromptOptions, 'systemDateHeader'> = DEFAULT_PROMPT_OPTIONS,
): string {
  const blocks = [
    taskBlock('action'),
    toolsBlock(signatureLines),
    formatBlock(),
    CHAT_PROTOCOL_TEXT,
  ];
  if (summary !== undefined) blocks.push(historyBlock([summary]));
  return (options.systemDateHeader ? TRAINING_SYSTEM_BLOCK : '') + joinBlocks(blocks);
}

function messagesCost(messages: readonly ChatMessage[], counter: TokenCounter): number {
  return messages.reduce(
    (total, message) => total + counter.count(message.content) + MESSAGE_OVERHEAD_TOKENS,
    0,
  );
}

/** A finished turn's messages and their tokens, computed once per turn object. */
function turnEntry(turn: Turn, counter: TokenCounter) {
  return memoByTurn(turn, `chat:${counterKey(counter)}`, () => {
    const messages = chatTurnMessages(turn);
    return { messages, cost: messagesCost(messages, counter) };
  });
}

/**
 * How many of the oldest turns to leave out. Replayed from the first turn on every call, so it
 * is a pure function of the conversation: the cut only moves when the next turn might not fit,
 * and then far (down to `chatCompactionTarget` of the budget), so that the prompt prefix, and
 * with it web-llm's KV cache, survives many turns between two compactions.
 */
export function chatHistoryCut(
  turns: readonly Turn[],
  systemTokens: number,
  promptLimit: number,
  options: PromptOptions,
  counter: TokenCounter,
): number {
  const costs = turns.map((turn) => turnEntry(turn, counter).cost);
  const fixed = PROMPT_OVERHEAD_TOKENS + systemTokens + SUMMARY_ALLOWANCE_TOKENS;
  const target = promptLimit * options.chatCompactionTarget;
  let cut = 0;
  let used = 0;
  for (let index = 0; index < costs.length; index += 1) {
    used += costs[index] ?? 0;
    if (fixed + used + options.chatTurnReserveTokens <= promptLimit) continue;
    while (cut <= index && fixed + used > target) {
      used -= costs[cut] ?? 0;
      cut += 1;
    }
  }
  return cut;
}

function assemble(input: ChatPromptInput, cut: number): BuiltPrompt {
  const { history, current, counter } = input;
  const summary = cut > 0 ? stateSummaryLine(latestState(history.slice(0, cut))) : undefined;
  const system = chatSystemContent(input.signatureLines, summary, input.options);
  const messages: ChatMessage[] = [{ role: 'system', content: system }];
  let promptTokens =
    PROMPT_OVERHEAD_TOKENS + countRepeatedText(system, counter) + MESSAGE_OVERHEAD_TOKENS;
  for (const turn of history.slice(cut)) {
    const entry = turnEntry(turn, counter);
    messages.push(...entry.messages);
    promptTokens += entry.cost;
  }
  const fresh: ChatMessage[] = [
    ...chatTurnMessages(current),
    { role: 'user', content: chatUserMessage(input.stage, current.user, current.steps) },
  ];
  messages.push(...fresh);
  promptTokens += messagesCost(fresh, counter);
  return { messages, promptTokens, droppedTurns: cut };
}

/** System message once, then one appended message per call. */
export function buildChatPrompt(input: ChatPromptInput): BuiltPrompt {
  const { counter, promptLimit, history } = input;
  const systemTokens = countRepeatedText(
    chatSystemContent(input.signatureLines, undefined, input.options),
    counter,
  );
  let cut = chatHistoryCut(history, systemTokens, promptLimit, input.options, counter);
  let built = assemble(input, cut);
  // A turn far larger than usual can still overflow: drop more, whatever it costs the cache.
  while (built.promptTokens > promptLimit && cut < history.length) {
    cut += 1;
    built = assemble(input, cut);
  }
  return built;
}
