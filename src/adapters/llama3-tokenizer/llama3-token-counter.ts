import llama3Tokenizer from 'llama3-tokenizer-js';
import type { TokenCounter } from '../../core/context/token-counter';

/**
 * Exact Llama 3.1 token counts (CoALM 8B shares the tokenizer). Used by Node tests and the
 * benchmark; the app itself relies on web-llm's own counts.
 */
export const llama3TokenCounter: TokenCounter = {
  count: (text) => llama3Tokenizer.encode(text, { bos: false, eos: false }).length,
};

export function encodeLlama3(text: string): number[] {
  return llama3Tokenizer.encode(text, { bos: false, eos: false });
}

/** The vocabulary by token id, for compiling a grammar against CoALM's tokens in tests. */
export function llama3Vocabulary(): string[] {
  return (llama3Tokenizer as unknown as { vocabById: string[] }).vocabById;
}
