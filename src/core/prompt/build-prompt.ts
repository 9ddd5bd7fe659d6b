import type { PromptProfileId, Turn } from '../conversation/conversation';
import type { TokenCounter } from '../context/token-counter';
import type { ToolRegistry } from '../tools/tool-registry';
import type { ModelStage } from './chat-transcript';
import { buildChatPrompt } from './cra-chat-profile';
import { buildExactPrompt, buildExactRepairPrompt, type BuiltPrompt } from './cra-exact-profile';
import type { PromptOptions } from './prompt-options';

export type { BuiltPrompt } from './cra-exact-profile';

export interface PromptContext {
  profile: PromptProfileId;
  /** Earlier, finished turns. */
  history: readonly Turn[];
  /** The turn in progress, with the steps taken so far. */
  current: Turn;
  registry: ToolRegistry;
  options: PromptOptions;
  counter: TokenCounter;
  contextWindow: number;
}

/** Tokens a prompt may use: the window minus the output allowance the request reserves. */
export function promptLimit(contextWindow: number, options: PromptOptions): number {
  return contextWindow - options.maxOutputTokens;
}

export function buildPrompt(stage: ModelStage, context: PromptContext): BuiltPrompt {
  const { options, counter, current } = context;
  const limit = promptLimit(context.contextWindow, options);
  const signatureLines = context.registry.signatureLines();
  if (context.profile === 'cra-chat') {
    return buildChatPrompt({
      stage,
      history: context.history,
      current,
      signatureLines,
      options,
      counter,
      promptLimit: limit,
    });
  }
  const previous = current.steps[current.steps.length - 1];
  if (stage === 'repair' && previous) {
    return buildExactRepairPrompt(previous.prompt, previous.error ?? 'unreadable output', counter);
  }
  return buildExactPrompt({
    stage: stage === 'repair' ? 'action' : stage,
    history: context.history,
    current,
    signatureLines,
    options,
    counter,
    promptLimit: limit,
  });
}
