import { afterEach, describe, expect, it } from 'vitest';
import { fixtureTools } from '../../core/agent/testing/fixture-tools';
import {
  ChatModelError,
  type ChatModel,
  type ChatRequest,
  type ChatResult,
} from '../../core/model/chat-model';
import { renderLlama3Prompt } from '../../core/prompt/llama3-template';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { createServerChatModel } from './server-chat-model';
import type { ServerConfig, ServerDialect } from './server-config';
import {
  startFakeModelServer,
  type FakeModelServer,
  type FakeServerDialect,
} from './testing/fake-model-server';

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(dialect: FakeServerDialect, outputs: string[], extra = {}) {
  const server = await startFakeModelServer({ dialect, outputs, ...extra });
  servers.push(server);
  return server;
}

function model(
  server: FakeModelServer,
  dialect: ServerDialect,
  config: Partial<ServerConfig> = {},
) {
  return createServerChatModel({
    config: { baseUrl: server.baseUrl, model: 'CoALM-8B', dialect, ...config },
  });
}

async function run(chat: ChatModel, request: ChatRequest) {
  const deltas: string[] = [];
  let result: ChatResult | undefined;
  for await (const event of chat.stream(request)) {
    if (event.type === 'delta') deltas.push(event.text);
    else result = event.result;
  }
  if (!result) throw new Error('no done event');
  return { deltas, result };
}

const grammar = createToolRegistry(fixtureTools).grammar();
const messages = [
  {
    role: 'system' as const,
    content: 'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n',
  },
  { role: 'user' as const, content: 'User: hello' },
];
const request: ChatRequest = {
  messages,
  maxTokens: 64,
  stop: ['\nUser:'],
  temperature: 0,
  grammar,
};
const RAW_TEXT = renderLlama3Prompt(messages).slice('<|begin_of_text|>'.length);

describe('server chat model: exact text where the server takes it', () => {
  it('llama.cpp: raw /v1/completions, the GBNF grammar, prefix caching, cached tokens reported', async () => {
    const server = await serve('llama.cpp', ['System: Hello there!\nUser: more', 'System: Again.']);
    const chat = model(server, 'llama.cpp');
    const { deltas, result } = await run(chat, request);
    expect(deltas.join('')).toBe('System: Hello there!');
    expect(result.text).toBe('System: Hello there!');
    const sent = server.requests[0]!;
    expect(sent.path).toBe('/v1/completions');
    expect(sent.body.prompt).toBe(RAW_TEXT);
    expect(sent.body.prompt).toMatch(
      /^<\|start_header_id\|>system<\|end_header_id\|>\n\nCutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n<\|eot_id\|>/,
    );
    expect(sent.body.cache_prompt).toBe(true);
    expect(sent.body.grammar).toMatch(/^root ::= /);
    expect(String(sent.body.grammar)).not.toMatch(/^[a-z0-9-]*_[a-z0-9_-]* ::=/m);
    expect(result.usage.transport).toMatchObject({ route: 'raw-completions', grammar: 'gbnf' });
    const second = await run(chat, request);
    expect(second.result.usage.cachedTokens).toBeGreaterThan(0);
    expect(second.result.usage.prefilledTokens).toBe(
      second.result.usage.promptTokens - (second.result.usage.cachedTokens ?? 0),
    );
  });

  it('vLLM: raw /v1/completions with structured outputs, usage from the last chunk', async () => {
    const server = await serve('vllm', ["Action: FindPlaces(area='centre')"]);
    const { result } = await run(model(server, 'vllm'), request);
    const sent = server.requests[0]!;
    expect(sent.path).toBe('/v1/completions');
    expect(sent.body.prompt).toBe(RAW_TEXT);
    expect(sent.body.structured_outputs).toEqual({ grammar });
    expect(result.usage.transport).toMatchObject({
      route: 'raw-completions',
      grammar: 'xgrammar-ebnf',
    });
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
    expect(result.usage.cachedTokens).toBe(0);
  });

  it('Ollama: /api/generate with raw: true, unconstrained, and the trace says so', async () => {
    const server = await serve('ollama', ['System: Hi!']);
    const { result } = await run(model(server, 'ollama'), request);
    const sent = server.requests[0]!;
    expect(sent.path).toBe('/api/generate');
    expect(sent.body).toMatchObject({
      raw: true,
      prompt: RAW_TEXT,
      options: { num_predict: 64, stop: ['\nUser:'] },
    });
    expect(sent.body.grammar).toBeUndefined();
    expect(result.text).toBe('System: Hi!');
    expect(result.usage.transport).toMatchObject({ route: 'ollama-generate', grammar: 'none' });
    expect(result.usage.transport?.note).toMatch(/unconstrained/);
    expect(result.usage.promptTokens).toBeGreaterThan(0);
  });

  it('Ollama: the whole prompt is counted, and what its cache served is unknown, not zero', async () => {
    const server = await serve('ollama', ['System: Hi!', 'System: Again.']);
    const chat = model(server, 'ollama');
    const first = await run(chat, request);
    const second = await run(chat, request);
    // The fake server served most of the second prompt from its cache, as Ollama would.
    expect(second.result.usage.promptTokens).toBe(first.result.usage.promptTokens);
    expect(second.result.usage.prefilledTokens).toBeUndefined();
    expect(second.result.usage.cachedTokens).toBeUndefined();
    expect(second.result.usage.prefillTokensPerSecond).toBeUndefined();
  });

  it('chat completions when asked: the messages go as they are, and the trace says the server templated them', async () => {
    const server = await serve('llama.cpp', ['System: Hi!']);
    const { result } = await run(model(server, 'llama.cpp', { mode: 'chat' }), request);
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
    expect(server.requests[0]?.body.messages).toEqual(messages);
    expect(result.usage.transport?.route).toBe('chat-completions');
    expect(result.usage.transport?.note).toMatch(/own chat template/);
  });
});

describe('server chat model: failures, each with its fix', () => {
  async function failure(chat: ChatModel, chatRequest: ChatRequest = request) {
    const error = await run(chat, chatRequest).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChatModelError);
    return error as ChatModelError;
  }

  it('server not running', async () => {
    const server = await serve('vllm', []);
    await server.close();
    servers.length = 0;
    const error = await failure(model(server, 'vllm'));
    expect(error.kind).toBe('unreachable');
    expect(error.message).toMatch(/Is it running\?/);
  });

  it('CORS advice names each server setting when a page origin is known', async () => {
    const chat = createServerChatModel({
      config: { baseUrl: 'http://127.0.0.1:9/v1', model: 'm', dialect: 'ollama' },
      pageOrigin: 'http://localhost:4173',
    });
    const error = await failure(chat);
    expect(error.message).toMatch(/OLLAMA_ORIGINS=http:\/\/localhost:4173/);
    expect(error.message).toMatch(/--allowed-origins/);
    expect(error.message).toMatch(/llama-server/);
  });

  it('401: the key is wrong, and the key itself appears nowhere', async () => {
    const server = await serve('vllm', ['System: hi'], { apiKey: 'right-key' });
    const error = await failure(model(server, 'vllm', { apiKey: 'sk-wrong-secret' }));
    expect(error.kind).toBe('unauthorized');
    expect(error.message).not.toContain('sk-wrong-secret');
    expect(server.requests[0]?.authorization).toBe('Bearer sk-wrong-secret');
    const ok = await run(model(server, 'vllm', { apiKey: 'right-key' }), request);
    expect(JSON.stringify(ok.result)).not.toContain('right-key');
  });

  it('unknown model', async () => {
    const server = await serve('ollama', ['System: hi']);
    const error = await failure(model(server, 'ollama', { model: 'llama-9000' }));
    expect(error.kind).toBe('unknown-model');
    expect(error.message).toMatch(/llama-9000/);
  });

  it('context too long', async () => {
    const server = await serve('vllm', ['System: hi']);
    server.fault({
      kind: 'status',
      status: 400,
      message: "This model's maximum context length is 4096 tokens.",
    });
    const error = await failure(model(server, 'vllm'));
    expect(error.kind).toBe('context-overflow');
    expect(error.message).toMatch(/--max-model-len/);
  });

  it('a server error', async () => {
    const server = await serve('llama.cpp', ['System: hi']);
    server.fault({ kind: 'status', status: 500, message: 'boom' }, true);
    const error = await failure(model(server, 'llama.cpp'));
    expect(error.kind).toBe('unknown');
    expect(error.message).toMatch(/HTTP 500.*boom/);
  });

  it.each<FakeServerDialect>(['llama.cpp', 'vllm', 'ollama'])(
    'a stream cut mid-reply (%s) is an interruption, after the deltas that arrived',
    async (dialect) => {
      const server = await serve(dialect, ['System: this reply will be cut short']);
      server.fault({ kind: 'cut-stream', afterChunks: 3 });
      const deltas: string[] = [];
      const error = await (async () => {
        for await (const event of model(server, dialect).stream(request))
          if (event.type === 'delta') deltas.push(event.text);
      })().catch((caught: unknown) => caught);
      expect((error as ChatModelError).kind).toBe('interrupted');
      expect(deltas.join('')).toBe('System: this');
    },
  );

  it('no first token after a long wait', async () => {
    const server = await serve('vllm', ['System: late']);
    server.fault({ kind: 'slow-first-token', delayMs: 2000 });
    const error = await failure(model(server, 'vllm', { firstTokenTimeoutMs: 150 }));
    expect(error.kind).toBe('no-first-token');
    await expect.poll(() => server.requests[0]?.closedEarly).toBe(true);
  });

  it('stop aborts the request: the server sees the connection close', async () => {
    const server = await serve('llama.cpp', ['System: a long reply that keeps going and going'], {
      tokenDelayMs: 30,
    });
    const controller = new AbortController();
    const deltas: string[] = [];
    let result: ChatResult | undefined;
    for await (const event of model(server, 'llama.cpp').stream({
      ...request,
      signal: controller.signal,
    })) {
      if (event.type === 'delta') {
        deltas.push(event.text);
        if (deltas.length === 2) controller.abort();
      } else result = event.result;
    }
    expect(result?.finishReason).toBe('abort');
    expect(result?.text).toBe(deltas.join(''));
    await expect.poll(() => server.requests[0]?.closedEarly).toBe(true);
  });
});
