/**
 * The one interface the agent needs from a language model. web-llm (in a worker) and the
 * scripted model both implement it; the core never knows which one it talks to.
 */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatRequest {
  messages: readonly ChatMessage[];
  /** Upper bound on generated tokens; the context budget reserves exactly this much. */
  maxTokens: number;
  /** Stop strings applied like the real engine: generation ends before the match. */
  stop?: readonly string[];
  /** EBNF grammar with a `root` rule for constrained decoding, when the profile asks for it. */
  grammar?: string;
  temperature?: number;
  signal?: AbortSignal;
}

export interface ChatUsage {
  /** Tokens in the whole prompt. */
  promptTokens: number;
  /**
   * Tokens actually prefilled (less than promptTokens when the KV cache was reused). Missing
   * when the engine does not say how much of the prompt it reused: Ollama never does, vLLM only
   * with `--enable-prompt-tokens-details`. Taking the whole prompt instead would overstate it.
   */
  prefilledTokens?: number;
  completionTokens: number;
  prefillTokensPerSecond?: number;
  decodeTokensPerSecond?: number;
  timeToFirstTokenMs?: number;
  totalMs?: number;
  kvCacheReused?: boolean;
  /** Prompt tokens the server reports it served from its prefix cache (servers only). */
  cachedTokens?: number;
  /** How the request reached the model, for the trace (servers only). */
  transport?: ChatTransport;
}

/**
 * The way a server request was made. `raw-completions` and `ollama-generate` send the Llama 3.1
 * template rendered by the app (`renderLlama3Prompt` of the step's prompt, without the leading
 * `<|begin_of_text|>`, which the server adds), so the model saw exactly the trained bytes;
 * `chat-completions` sends the messages and the server applies its own chat template.
 */
export interface ChatTransport {
  route: 'raw-completions' | 'ollama-generate' | 'chat-completions';
  /** The endpoint path and server (never a key or a query string). */
  endpoint: string;
  /** The grammar dialect sent, or `none` when decoding ran unconstrained. */
  grammar: 'gbnf' | 'xgrammar-ebnf' | 'none';
  /** What the trace should say about this route, e.g. why decoding was unconstrained. */
  note?: string;
}

export type FinishReason = 'stop' | 'length' | 'abort';

export interface ChatResult {
  /**
   * The canonical assistant text (web-llm: engine.getMessage()), which is what history must
   * carry so that the next request can reuse the KV cache. Streamed deltas may differ from it.
   */
  text: string;
  finishReason: FinishReason;
  usage: ChatUsage;
}

export type ChatStreamEvent =
  { type: 'delta'; text: string } | { type: 'done'; result: ChatResult };

export interface ChatModel {
  /** A stable label for traces and evaluation runs, e.g. "CoALM-8B-q4f32_1" or "scripted". */
  readonly id: string;
  /** Context window in tokens (prompt + output must fit). */
  readonly contextWindow: number;
  /** Streams deltas and ends with exactly one `done` event. Throws ChatModelError on failure. */
  stream(request: ChatRequest): AsyncIterable<ChatStreamEvent>;
  /** Exact token count when the model knows its tokenizer; undefined means "estimate". */
  countTokens?(text: string): number | undefined;
}

/** Failure classes a model can report; adapters classify vendor errors into these. */
export type ChatModelErrorKind =
  | 'aborted'
  | 'device-lost'
  | 'out-of-memory'
  | 'context-overflow'
  | 'worker-crashed'
  | 'network'
  | 'script-exhausted'
  | 'not-loaded'
  | 'unreachable'
  | 'unauthorized'
  | 'unknown-model'
  | 'interrupted'
  | 'no-first-token'
  | 'unknown';

export class ChatModelError extends Error {
  readonly kind: ChatModelErrorKind;
  constructor(kind: ChatModelErrorKind, message: string) {
    super(message);
    this.name = 'ChatModelError';
    this.kind = kind;
  }
}
