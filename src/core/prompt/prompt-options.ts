/**
 * Switches for the points of the CRA format that no primary source settles. The defaults are
 * documented in docs/prompt-profiles.md; an A/B on real hardware should decide them.
 */
export interface PromptOptions {
  /** Prefix the input with a literal `Input:` line (default false). */
  inputLabel: boolean;
  /** Join the labelled parts of the input with newlines or single spaces (default newline). */
  inputSeparator: 'newline' | 'space';
  /**
   * generated: the model writes its own `Thought:` if it wants to (default).
   * cued: the input ends with an open `Thought:` for the model to complete.
   */
  thought: 'generated' | 'cued';
  /**
   * Send the Llama 3.1 template's default system block (the training-time date header and its
   * blank line) as the system content (default true). Off, an engine may insert a system prompt
   * of its own that the model never saw in training.
   */
  systemDateHeader: boolean;
  /** Ask the engine to constrain decoding with the registry's grammar (default false). */
  constrained: boolean;
  /** Output allowance per call; the budget reserves exactly this much (default 320). */
  maxOutputTokens: number;
  /** cra-exact: soft cap on the history block, to keep every call's prefill small (default 1,200). */
  historyBudgetTokens: number;
  /** How many of the latest turns keep their observations verbatim (default 2). */
  verbatimTurns: number;
  /** cra-chat: after a compaction the kept turns fill at most this share of the budget (default 0.35). */
  chatCompactionTarget: number;
  /** cra-chat: room kept for the turn in progress (user line, observation) when checking fit. */
  chatTurnReserveTokens: number;
}

export const DEFAULT_PROMPT_OPTIONS: PromptOptions = {
  inputLabel: false,
  inputSeparator: 'newline',
  thought: 'generated',
  systemDateHeader: true,
  constrained: false,
  maxOutputTokens: 320,
  historyBudgetTokens: 1200,
  verbatimTurns: 2,
  chatCompactionTarget: 0.35,
  chatTurnReserveTokens: 700,
};

export function resolvePromptOptions(overrides?: Partial<PromptOptions>): PromptOptions {
  return { ...DEFAULT_PROMPT_OPTIONS, ...overrides };
}

/** Stop strings: the model must not write the next speaker's line for them. */
export const STOP_SEQUENCES: readonly string[] = ['\nObservation:', '\nUser:'];
