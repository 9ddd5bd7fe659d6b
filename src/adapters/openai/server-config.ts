/**
 * Which OpenAI-compatible server the app talks to, and what each kind of server accepts. The
 * dialect decides the route (raw text where the server takes it) and the grammar field.
 */
export type ServerDialect = 'ollama' | 'llama.cpp' | 'vllm' | 'openai';

export interface ServerPreset {
  id: 'ollama' | 'llama.cpp' | 'vllm' | 'lm-studio' | 'custom';
  label: string;
  baseUrl: string;
  dialect: ServerDialect;
}

export const SERVER_PRESETS: readonly ServerPreset[] = [
  { id: 'ollama', label: 'Ollama', baseUrl: 'http://localhost:11434/v1', dialect: 'ollama' },
  {
    id: 'llama.cpp',
    label: 'llama.cpp (llama-server)',
    baseUrl: 'http://localhost:8080/v1',
    dialect: 'llama.cpp',
  },
  { id: 'vllm', label: 'vLLM / SGLang', baseUrl: 'http://localhost:8000/v1', dialect: 'vllm' },
  { id: 'lm-studio', label: 'LM Studio', baseUrl: 'http://localhost:1234/v1', dialect: 'openai' },
  { id: 'custom', label: 'Custom URL', baseUrl: '', dialect: 'openai' },
];

export interface ServerConfig {
  /** The OpenAI-compatible base, ending in `/v1` (e.g. http://localhost:11434/v1). */
  baseUrl: string;
  model: string;
  dialect: ServerDialect;
  /** Sent only as an Authorization header; never in URLs, traces, logs or exports. */
  apiKey?: string;
  /** `auto`: raw text where the dialect allows it; `chat`: always chat completions. */
  mode?: 'auto' | 'chat';
  /** Context window to budget prompts for (default 4,096: CoALM was trained on 4k sequences). */
  contextWindow?: number;
  /** How long to wait for the first token before giving up (default 120 s). */
  firstTokenTimeoutMs?: number;
}

export const DEFAULT_CONTEXT_WINDOW = 4096;
export const DEFAULT_FIRST_TOKEN_TIMEOUT_MS = 120_000;

/** The base URL without trailing slashes, checked to be http(s) and free of credentials. */
export function normalizeBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`"${input}" is not a URL. Enter one like http://localhost:11434/v1.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error('The server address must start with http:// or https://.');
  if (url.username || url.password)
    throw new Error('Put the API key in the key field, not in the address.');
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/+$/, '');
}

/** The origin of a base URL, for messages that name the server. */
export function serverOrigin(baseUrl: string): string {
  return new URL(baseUrl).origin;
}

/** Ollama's native API lives beside its `/v1` compatibility layer. */
export function ollamaRoot(baseUrl: string): string {
  return baseUrl.replace(/\/v1$/, '');
}

export function dialectForUrl(baseUrl: string): ServerDialect {
  const port = new URL(baseUrl).port;
  return (
    SERVER_PRESETS.find((preset) => preset.baseUrl && new URL(preset.baseUrl).port === port)
      ?.dialect ?? 'openai'
  );
}
