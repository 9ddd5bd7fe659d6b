import type { ChatMessage } from '../model/chat-model';

/**
 * The Llama 3.1 chat template, rendered as text, for engines that take a raw prompt (llama.cpp
 * and vLLM `/v1/completions`, Ollama `/api/generate` with `raw: true`, web-llm
 * `completions.create`). Sending this text fixes every byte the model sees, instead of trusting
 * each server's own template (Ollama's, for one, drops the date block when no system message is
 * sent).
 *
 * Messages are emitted in order. User and assistant contents are trimmed, as the Hugging Face
 * template does; system content is kept verbatim, because the trained system block
 * (`TRAINING_SYSTEM_BLOCK`) ends with a blank line that trimming would remove. The text ends with
 * the assistant header that opens the answer, so the model writes the reply next.
 */
export const LLAMA3_BEGIN_OF_TEXT = '<|begin_of_text|>';
export const LLAMA3_END_OF_TURN = '<|eot_id|>';

function header(role: ChatMessage['role']): string {
  return `<|start_header_id|>${role}<|end_header_id|>\n\n`;
}

export function renderLlama3Message(message: ChatMessage): string {
  const content = message.role === 'system' ? message.content : message.content.trim();
  return header(message.role) + content + LLAMA3_END_OF_TURN;
}

export function renderLlama3Prompt(messages: readonly ChatMessage[]): string {
  return LLAMA3_BEGIN_OF_TEXT + messages.map(renderLlama3Message).join('') + header('assistant');
}
