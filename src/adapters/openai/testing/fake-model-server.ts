import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROBE_USER_TEXT } from '../server-probe';

/**
 * Test support: an OpenAI-compatible model server in Node that speaks the three dialects the
 * app uses (Ollama's `/api/generate` JSON lines, llama.cpp's and vLLM's `/v1/completions` and
 * `/v1/chat/completions` server-sent events with usage in the last chunk and `[DONE]`,
 * `GET /v1/models`, each server's error bodies) and fails on cue. The model's outputs come from
 * a script (or a function), so the whole agent runs against it. Tests start it and stop it.
 */

export type FakeServerDialect = 'ollama' | 'llama.cpp' | 'vllm';

export type FakeFault =
  | { kind: 'cut-stream'; afterChunks: number }
  | { kind: 'status'; status: number; message: string }
  | { kind: 'slow-first-token'; delayMs: number }
  | { kind: 'cors-refused' };

export interface FakeRequestRecord {
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
  /** The connection closed before the reply finished (a client abort or a cut). */
  closedEarly: boolean;
}

export interface FakeModelServerOptions {
  dialect: FakeServerDialect;
  /** Raw model outputs, one per generation request, in order. */
  outputs?: readonly string[];
  /** Or a function of the request body (used when requests arrive concurrently). */
  respond?: (body: Record<string, unknown>) => string | Promise<string>;
  models?: readonly string[];
  /** Requests need `Authorization: Bearer <apiKey>` when set. */
  apiKey?: string;
  tokenDelayMs?: number;
  /** Characters per streamed piece (a stand-in for a token). */
  chunkCharacters?: number;
  port?: number;
  host?: string;
  /** What Ollama's `GET /api/version` answers (default 0.33.0). */
  ollamaVersion?: string;
}

export interface FakeModelServer {
  /** The OpenAI-compatible base URL, ending in /v1. */
  baseUrl: string;
  requests: FakeRequestRecord[];
  /** Applies to the next generation requests until cleared (`once` clears after one). */
  fault(fault: FakeFault | null, once?: boolean): void;
  setOutputs(outputs: readonly string[]): void;
  close(): Promise<void>;
}

const CHARACTERS_PER_TOKEN = 4;
const BLOCK_TOKENS = 16;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (text += chunk));
    request.on('end', () => resolve(text));
    request.on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function cutAtStop(text: string, stop: unknown): string {
  if (!Array.isArray(stop)) return text;
  let end = text.length;
  for (const marker of stop) {
    const at = typeof marker === 'string' && marker ? text.indexOf(marker) : -1;
    if (at >= 0 && at < end) end = at;
  }
  return text.slice(0, end);
}

function promptText(body: Record<string, unknown>): string {
  if (typeof body.prompt === 'string') return body.prompt;
  const messages = Array.isArray(body.messages) ? (body.messages as { content?: string }[]) : [];
  return messages.map((message) => message.content ?? '').join('\n');
}

export async function startFakeModelServer(
  options: FakeModelServerOptions,
): Promise<FakeModelServer> {
  let outputs = [...(options.outputs ?? [])];
  let fault: { fault: FakeFault; once: boolean } | null = null;
  let previousPrompt = '';
  const requests: FakeRequestRecord[] = [];
  const models = options.models ?? ['CoALM-8B'];
  const chunkCharacters = options.chunkCharacters ?? CHARACTERS_PER_TOKEN;

  function cors(request: IncomingMessage, response: ServerResponse) {
    if (fault?.fault.kind === 'cors-refused') return;
    response.setHeader('access-control-allow-origin', request.headers.origin ?? '*');
    response.setHeader('access-control-allow-headers', 'content-type, authorization');
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  }

  function sendError(response: ServerResponse, status: number, message: string) {
    const body =
      options.dialect === 'ollama'
        ? { error: message }
        : {
            error: {
              message,
              type: status === 401 ? 'authentication_error' : 'invalid_request_error',
              code: status,
            },
          };
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }

  /** Cached prompt tokens as the dialect would report them: the shared prefix with the last call. */
  function cachedTokens(prompt: string): number {
    let shared = 0;
    while (shared < prompt.length && prompt[shared] === previousPrompt[shared]) shared += 1;
    previousPrompt = prompt;
    const tokens = Math.floor(shared / CHARACTERS_PER_TOKEN);
    return options.dialect === 'vllm' ? tokens - (tokens % BLOCK_TOKENS) : tokens;
  }

  async function generate(request: IncomingMessage, response: ServerResponse, path: string) {
    const body = JSON.parse((await readBody(request)) || '{}') as Record<string, unknown>;
    const record: FakeRequestRecord = {
      path,
      body,
      authorization: request.headers.authorization,
      closedEarly: false,
    };
    requests.push(record);
    let finished = false;
    response.on('close', () => {
      if (!finished) record.closedEarly = true;
    });
    if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`)
      return sendError(response, 401, 'Invalid API key');
    if (typeof body.model !== 'string' || !models.includes(body.model))
      return sendError(response, 404, `model '${String(body.model)}' not found`);
    const active = fault?.fault;
    if (fault?.once) fault = null;
    if (active?.kind === 'status') return sendError(response, active.status, active.message);
    // The connection test's short generation never uses up a scripted output.
    const raw = promptText(body).includes(PROBE_USER_TEXT)
      ? 'System: OK'
      : options.respond
        ? await options.respond(body)
        : outputs.shift();
    if (raw === undefined)
      return sendError(response, 500, 'the fake server has no more scripted outputs');
    const stop =
      path === '/api/generate' ? (body.options as { stop?: unknown } | undefined)?.stop : body.stop;
    const text = cutAtStop(raw, stop);
    const prompt = promptText(body);
    const promptTokens = Math.ceil(prompt.length / CHARACTERS_PER_TOKEN);
    const cached = Math.min(cachedTokens(prompt), promptTokens - 1);
    const pieces = text.match(new RegExp(`[\\s\\S]{1,${chunkCharacters}}`, 'g')) ?? [];
    const ndjson = path === '/api/generate';
    response.writeHead(200, {
      'content-type': ndjson ? 'application/x-ndjson' : 'text/event-stream',
      'cache-control': 'no-cache',
    });
    response.flushHeaders();
    const send = (data: unknown) =>
      response.write(ndjson ? `${JSON.stringify(data)}\n` : `data: ${JSON.stringify(data)}\n\n`);
    const piece = (content: string, finish: string | null) =>
      path === '/v1/chat/completions'
        ? {
            object: 'chat.completion.chunk',
            choices: [{ index: 0, delta: { content }, finish_reason: finish }],
          }
        : {
            object: 'text_completion',
            choices: [{ index: 0, text: content, finish_reason: finish }],
          };
    if (active?.kind === 'slow-first-token') await sleep(active.delayMs);
    for (const [index, content] of pieces.entries()) {
      if (active?.kind === 'cut-stream' && index === active.afterChunks) {
        await sleep(20); // let what was written reach the client first
        response.destroy();
        return;
      }
      if (options.tokenDelayMs) await sleep(options.tokenDelayMs);
      if (response.destroyed) return;
      send(ndjson ? { model: body.model, response: content, done: false } : piece(content, null));
    }
    const completionTokens = pieces.length;
    if (ndjson) {
      send({
        model: body.model,
        response: '',
        done: true,
        done_reason: 'stop',
        // Like Ollama: the count is the whole prompt, cached or not; only the duration shrinks.
        prompt_eval_count: promptTokens,
        prompt_eval_duration: (promptTokens - cached) * 1e5,
        eval_count: completionTokens,
        eval_duration: completionTokens * 1e6,
      });
    } else {
      send(piece('', 'stop'));
      const usage = {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        ...(options.dialect === 'vllm' ? { prompt_tokens_details: { cached_tokens: cached } } : {}),
      };
      send({
        choices: [],
        usage,
        ...(options.dialect === 'llama.cpp'
          ? {
              timings: {
                cache_n: cached,
                prompt_n: promptTokens - cached,
                prompt_ms: 1,
                predicted_n: completionTokens,
                predicted_ms: completionTokens,
              },
            }
          : {}),
      });
      response.write('data: [DONE]\n\n');
    }
    finished = true;
    response.end();
  }

  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    cors(request, response);
    if (request.method === 'OPTIONS') {
      response.writeHead(fault?.fault.kind === 'cors-refused' ? 403 : 204);
      response.end();
      return;
    }
    if (request.method === 'GET' && (path === '/v1/models' || path === '/api/tags')) {
      if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`)
        return sendError(response, 401, 'Invalid API key');
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify(
          path === '/api/tags'
            ? { models: models.map((name) => ({ name, model: name })) }
            : { object: 'list', data: models.map((id) => ({ id, object: 'model' })) },
        ),
      );
      return;
    }
    if (request.method === 'GET' && path === '/api/version' && options.dialect === 'ollama') {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ version: options.ollamaVersion ?? '0.33.0' }));
      return;
    }
    const generation =
      path === '/v1/chat/completions' ||
      (path === '/v1/completions' && options.dialect !== 'ollama') ||
      (path === '/api/generate' && options.dialect === 'ollama');
    if (request.method === 'POST' && generation) {
      generate(request, response, path).catch((error: unknown) => {
        if (!response.headersSent) sendError(response, 500, String(error));
        else response.destroy();
      });
      return;
    }
    sendError(response, 404, `no route ${request.method} ${path}`);
  });
  // Streams cut by a test must not keep the process alive.
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://${options.host ?? '127.0.0.1'}:${port}/v1`,
    requests,
    fault: (next, once = false) => {
      fault = next ? { fault: next, once } : null;
    },
    setOutputs: (next) => {
      outputs = [...next];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
