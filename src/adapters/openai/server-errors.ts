import { ChatModelError } from '../../core/model/chat-model';
import { errorText } from './stream-reader';
import { serverOrigin, type ServerConfig } from './server-config';

/*
 * Every failure says what happened and what to do. A browser reports a stopped server and a
 * CORS refusal the same way (a TypeError), so that message names both fixes; the connection
 * test tells them apart (server-probe.ts).
 */

export function corsAdvice(origin: string): string {
  return (
    `Allow this page's origin (${origin}) on the server: Ollama: set OLLAMA_ORIGINS=${origin} ` +
    `(or OLLAMA_ORIGINS=*) before "ollama serve"; vLLM: --allowed-origins '["${origin}"]'; ` +
    'llama.cpp: llama-server answers CORS for any origin, so check the address and port; ' +
    'LM Studio: turn on "Enable CORS" in the server settings.'
  );
}

export function unreachableError(
  config: ServerConfig,
  pageOrigin: string | undefined,
): ChatModelError {
  const server = serverOrigin(config.baseUrl);
  return new ChatModelError(
    'unreachable',
    `Could not reach the model server at ${server}. Is it running? (Ollama: "ollama serve"; ` +
      'llama.cpp: "llama-server -hf mradermacher/CoALM-8B-GGUF:Q4_K_M"; vLLM: "vllm serve ...".)' +
      (pageOrigin ? ` If it is running, it refused this page: ${corsAdvice(pageOrigin)}` : ''),
  );
}

const CONTEXT_PHRASES =
  /context length|context window|maximum context|too many tokens|exceeds|n_ctx|prompt is too long|too long/i;
const MODEL_PHRASES =
  /model .*(not found|does not exist)|unknown model|no such model|model_not_found/i;

/** A non-2xx response, by status and the server's own words. */
export function httpError(config: ServerConfig, status: number, body: string): ChatModelError {
  let detail = body.trim().slice(0, 300);
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    detail = errorText(parsed.error) ?? errorText(parsed) ?? detail;
  } catch {
    // not JSON: keep the text
  }
  const said = detail ? ` The server said: "${detail}"` : '';
  if (status === 401 || status === 403)
    return new ChatModelError(
      'unauthorized',
      `The model server refused the request (${status}): the API key is missing or wrong. Enter the key in the model panel.${said}`,
    );
  if (MODEL_PHRASES.test(detail) || (status === 404 && /model/i.test(detail)))
    return new ChatModelError(
      'unknown-model',
      `The model server does not serve "${config.model}". Pick a model from its list, or fetch it first (Ollama: "ollama pull hf.co/mradermacher/CoALM-8B-GGUF:Q4_K_M").${said}`,
    );
  if (CONTEXT_PHRASES.test(detail))
    return new ChatModelError(
      'context-overflow',
      `The prompt is longer than the server's context window. Start the server with a 4,096-token context or more (llama.cpp: -c 4096; Ollama: num_ctx 4096; vLLM: --max-model-len 4096), or start a new conversation.${said}`,
    );
  if (status === 404)
    return new ChatModelError(
      'unreachable',
      `The server at ${serverOrigin(config.baseUrl)} has no such endpoint (404). Check the address: it usually ends in /v1.${said}`,
    );
  return new ChatModelError('unknown', `The model server failed (HTTP ${status}).${said}`);
}

export function interruptedError(config: ServerConfig): ChatModelError {
  return new ChatModelError(
    'interrupted',
    `The model server at ${serverOrigin(config.baseUrl)} stopped sending mid-reply (the connection closed). What arrived is kept; send the message again when the server is back.`,
  );
}

export function noFirstTokenError(waitedMs: number): ChatModelError {
  return new ChatModelError(
    'no-first-token',
    `The model server accepted the request but sent no token for ${Math.round(waitedMs / 1000)} s, so the request was cancelled. It may still be loading the model or be busy with other requests; try again in a moment.`,
  );
}
