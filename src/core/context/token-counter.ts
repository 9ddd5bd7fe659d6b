import type { ChatMessage, ChatModel } from '../model/chat-model';

/** The one thing the budget needs from a tokenizer. Adapters supply exact ones. */
export interface TokenCounter {
  count(text: string): number;
}

/*
 * The estimate splits text the way Llama 3's pre-tokenizer does (letters, 1-3 digit groups,
 * punctuation runs, whitespace) and charges long pieces extra. It was calibrated against the
 * exact Llama 3.1 tokenizer on CRA prompts (src/adapters/llama3-tokenizer/estimate-calibration
 * .test.ts checks it against the real tokenizer): it must never undercount, since an undercount can overflow the context window.
 */
const PRE_TOKEN =
  /'(?:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+/gu;

const UPPER_RUN = /\p{Lu}{2,}/u;
const NON_ASCII = /\P{ASCII}/u;
const LETTER = /\p{L}/u;
const RARE_LEADING_MARK = /^[?&=#@$%^*+|~!;]/;
const DIGIT = /\p{N}/u;

/**
 * Pieces in other scripts, by character: letters below U+3000 (accented Latin, Greek, Cyrillic,
 * Arabic, ...) about 0.7 tokens, CJK and kana more than one, emoji and symbols a token per one
 * or two UTF-8 bytes. Rough, but never far under the real tokenizer.
 */
function nonAsciiPieceCost(piece: string): number {
  let cost = 0;
  for (const character of piece) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x80) cost += 0.35;
    else if (!LETTER.test(character)) cost += code < 0x800 ? 1.4 : code < 0x10000 ? 2 : 2.7;
    else cost += code < 0x3000 ? 0.7 : 1.2;
  }
  return Math.max(1, cost);
}

/** Mean tokens per pre-token piece, by kind and length, rounded up from the calibration. */
function pieceCost(piece: string): number {
  if (NON_ASCII.test(piece)) return nonAsciiPieceCost(piece);
  const length = piece.length;
  if (LETTER.test(piece)) {
    // Codes and acronyms ("KWV", "HGEB") split into pieces of two or three letters.
    if (UPPER_RUN.test(piece)) return length <= 3 ? 1.1 : length / 2.5;
    // A rarer punctuation mark glued to a word ("?query", "&x") is often a token of its own.
    if (RARE_LEADING_MARK.test(piece)) return 1.5 + (length - 1) / 8;
    if (length <= 5) return 1.02;
    if (length <= 7) return 1.1;
    if (length <= 9) return 1.2;
    if (length <= 12) return 1.55;
    return length / 6;
  }
  if (DIGIT.test(piece)) return 1;
  if (piece.trim() === '') return 1;
  return length <= 3 ? 1.01 : length * 0.45;
}

/** Headroom over the calibrated mean so that no realistic prompt is undercounted. */
const SAFETY_FACTOR = 1.02;

export function estimateTokens(text: string): number {
  let total = 0;
  for (const match of text.matchAll(PRE_TOKEN)) total += pieceCost(match[0]);
  return Math.ceil(total * SAFETY_FACTOR);
}

export const estimatingCounter: TokenCounter = { count: estimateTokens };

/** Exact counts when the model knows its tokenizer, otherwise the conservative estimate. */
export function counterForModel(model: Pick<ChatModel, 'countTokens'>): TokenCounter {
  const countTokens = model.countTokens?.bind(model);
  if (!countTokens) return estimatingCounter;
  return {
    count: (text) => countTokens(text) ?? estimateTokens(text),
  };
}

/**
 * Llama 3.1 chat template: `<|start_header_id|>role<|end_header_id|>\n\n` + content +
 * `<|eot_id|>` is 5 tokens around each message; the prompt adds `<|begin_of_text|>`, the
 * assistant header that opens the answer (4), and web-llm's template may add a system block of
 * its own when none is given (about 5 more).
 */
export const MESSAGE_OVERHEAD_TOKENS = 5;
export const PROMPT_OVERHEAD_TOKENS = 1 + 4 + 5;

export function countMessageTokens(message: ChatMessage, counter: TokenCounter): number {
  return counter.count(message.content) + MESSAGE_OVERHEAD_TOKENS;
}

export function countPromptTokens(messages: readonly ChatMessage[], counter: TokenCounter): number {
  let total = PROMPT_OVERHEAD_TOKENS;
  for (const message of messages) total += countMessageTokens(message, counter);
  return total;
}
