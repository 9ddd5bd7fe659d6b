/**
 * The whole agent (prompts, parser, tools, confirmation, trace) against the local fake server
 * in each dialect, and the connection test the Model panel runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { TurnEvent } from '../../core/agent/turn-events';
import { runTurn } from '../../core/agent/run-turn';
import { fixtureTools } from '../../core/agent/testing/fixture-tools';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { renderLlama3Prompt } from '../../core/prompt/llama3-template';
import {
  collect,
  counterIds,
  emptyConversation,
  finishedTurn,
} from '../../core/agent/testing/turn-harness';
import { createServerChatModel } from './server-chat-model';
import type { ServerDialect } from './server-config';
import { testServerConnection } from './server-probe';
import { startFakeModelServer, type FakeModelServer } from './testing/fake-model-server';

const SEARCH =
  "Thought: They want a cheap place in the centre.\nAction: FindRestaurants(area='centre', price_range='cheap')";
const BOOK = "Action: ReserveRestaurant(name='Kohinoor', people=2, day='friday', time='18:00')";

const servers: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(dialect: 'ollama' | 'llama.cpp' | 'vllm', outputs: string[], extra = {}) {
  const server = await startFakeModelServer({ dialect, outputs, ...extra });
  servers.push(server);
  return server;
}

describe.each<ServerDialect & ('ollama' | 'llama.cpp' | 'vllm')>(['ollama', 'llama.cpp', 'vllm'])(
  'the agent against a %s server',
  (dialect) => {
    it('searches, books through the confirmation, replies, and the trace shows the route', async () => {
      const server = await serve(dialect, [BOOK, 'System: Booked! Your reference is in the card.']);
      const model = createServerChatModel({
        config: { baseUrl: server.baseUrl, model: 'CoALM-8B', dialect },
      });
      const asked: string[] = [];
      const events: TurnEvent[] = await collect(
        runTurn({
          conversation: emptyConversation(),
          userText: 'Book Kohinoor for 2 on friday at 18:00.',
          model,
          tools: createToolRegistry(fixtureTools),
          ids: counterIds(),
          now: () => 1000,
          confirm: async (call) => {
            asked.push(call.name);
            return true;
          },
          promptOptions: { constrained: true },
        }),
      );
      const { reason, turn } = finishedTurn(events);
      expect(reason).toBe('reply');
      expect(asked).toEqual(['ReserveRestaurant']);
      expect(turn.steps[0]?.result?.ok).toBe(true);
      expect(turn.reply).toBe('Booked! Your reference is in the card.');
      // What the server received is exactly the step's prompt through the Llama 3.1 template.
      const sent = server.requests[1]!.body.prompt;
      expect(`<|begin_of_text|>${String(sent)}`).toBe(renderLlama3Prompt(turn.steps[1]!.prompt));
      expect(turn.steps[1]?.usage?.transport?.route).toBe(
        dialect === 'ollama' ? 'ollama-generate' : 'raw-completions',
      );
    });

    it('a stream cut mid-reply keeps the turn and what arrived, marked interrupted with the reason', async () => {
      const server = await serve(dialect, [
        SEARCH,
        'System: Kohinoor and Pizza Hut are both cheap and central.',
      ]);
      const model = createServerChatModel({
        config: { baseUrl: server.baseUrl, model: 'CoALM-8B', dialect },
      });
      // The first call streams whole; the reply's call is cut after a few pieces.
      const events = await collect(cutSecondCall(server, runTurnFor(model)));
      const { reason, turn } = finishedTurn(events);
      expect(reason).toBe('interrupted');
      expect(turn.status).toBe('interrupted');
      expect(turn.user).toBe('A cheap restaurant in the centre, please.');
      expect(turn.steps[0]?.call?.name).toBe('FindRestaurants');
      expect(turn.reply).toBe('Kohinoor and');
      expect(turn.steps[1]?.error).toMatch(/stopped sending mid-reply/);
    });
  },
);

/** A fetch whose answers drop vLLM's cached-token count, or report `cached` instead. */
function withoutCachedTokens(inner: typeof fetch, cached?: number): typeof fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    const text = (await response.text()).replace(
      /,"prompt_tokens_details":\{"cached_tokens":\d+\}/g,
      cached === undefined ? '' : `,"prompt_tokens_details":{"cached_tokens":${cached}}`,
    );
    return new Response(text, { status: response.status, headers: response.headers });
  };
}

function runTurnFor(model: ReturnType<typeof createServerChatModel>) {
  return runTurn({
    conversation: emptyConversation(),
    userText: 'A cheap restaurant in the centre, please.',
    model,
    tools: createToolRegistry(fixtureTools),
    ids: counterIds(),
    now: () => 1000,
  });
}

/** Arms the cut once the first call has been answered, so only the reply is cut. */
async function* cutSecondCall(server: FakeModelServer, events: AsyncGenerator<TurnEvent>) {
  for await (const event of events) {
    if (event.type === 'model-response') server.fault({ kind: 'cut-stream', afterChunks: 5 });
    yield event;
  }
}

describe('the connection test', () => {
  it('reports every check on a healthy llama.cpp server without using a scripted output', async () => {
    const server = await serve('llama.cpp', ['System: kept']);
    const report = await testServerConnection({
      baseUrl: server.baseUrl,
      model: 'CoALM-8B',
      dialect: 'llama.cpp',
    });
    expect(report.models).toEqual(['CoALM-8B']);
    for (const check of [
      report.reachable,
      report.cors,
      report.modelListed,
      report.streaming,
      report.grammar,
      report.rawCompletions,
      report.prefixCache,
    ])
      expect(check.ok).toBe(true);
    expect(report.prefixCache.detail).toMatch(/^\d+ of \d+ prompt tokens of a repeated request/);
    const model = createServerChatModel({
      config: { baseUrl: server.baseUrl, model: 'CoALM-8B', dialect: 'llama.cpp' },
    });
    for await (const event of model.stream({
      messages: [{ role: 'user', content: 'hi' }],
      maxTokens: 8,
    }))
      if (event.type === 'done') expect(event.result.text).toBe('System: kept');
  });

  it('gives the settings for cra-exact on an Ollama older than 0.30, and on no other', async () => {
    const check = async (ollamaVersion: string) => {
      const server = await serve('ollama', [], { ollamaVersion });
      const report = await testServerConnection({
        baseUrl: server.baseUrl,
        model: 'CoALM-8B',
        dialect: 'ollama',
      });
      return report.prefixCache;
    };
    // Ollama reports no cache use, so the check can advise but never pass or fail.
    for (const old of ['0.29.4', '0.5.7']) {
      const advice = await check(old);
      expect(advice.ok).toBeNull();
      expect(advice.detail).toContain(`Ollama ${old} does not say what its cache served.`);
      expect(advice.detail).toMatch(/OLLAMA_NUM_PARALLEL=2 and OLLAMA_MULTIUSER_CACHE=1/);
    }
    for (const recent of ['0.30.0-rc1', '0.33.0'])
      expect(await check(recent)).toEqual({
        ok: null,
        detail: `Ollama ${recent} does not say what its cache served`,
      });
    expect((await check('0.0.0')).detail).toBe('Ollama does not say what its cache served');
  });

  it("says how to see vLLM's cache use, and asks about it when a short prompt reused nothing", async () => {
    const server = await serve('vllm', []);
    const config = { baseUrl: server.baseUrl, model: 'CoALM-8B', dialect: 'vllm' as const };
    expect((await testServerConnection(config)).prefixCache).toMatchObject({ ok: true });
    const unreported = await testServerConnection(config, {
      fetch: withoutCachedTokens(globalThis.fetch),
    });
    expect(unreported.prefixCache).toMatchObject({
      ok: null,
      detail: expect.stringMatching(/--enable-prompt-tokens-details/),
    });
    // vLLM keeps whole 16-token blocks only, so nothing reused on a short prompt proves nothing.
    const none = await testServerConnection(config, {
      fetch: withoutCachedTokens(globalThis.fetch, 0),
    });
    expect(none.prefixCache).toMatchObject({
      ok: null,
      detail: expect.stringMatching(/--enable-prefix-caching/),
    });
  });

  it('says when grammar and raw text are not available, and when the model is not listed', async () => {
    const server = await serve('ollama', []);
    const chatOnly = await testServerConnection({
      baseUrl: server.baseUrl,
      model: 'CoALM-8B',
      dialect: 'openai',
    });
    expect(chatOnly.streaming.ok).toBe(true);
    expect(chatOnly.rawCompletions.ok).toBe(false);
    expect(chatOnly.grammar.ok).toBe(false);
    const missing = await testServerConnection({
      baseUrl: server.baseUrl,
      model: 'other',
      dialect: 'ollama',
    });
    expect(missing.modelListed).toMatchObject({ ok: false });
    expect(missing.modelListed.detail).toMatch(/CoALM-8B/);
    expect(missing.streaming.ok).toBeNull();
  });

  it('reports an unreachable server and a refused key', async () => {
    const down = await testServerConnection({
      baseUrl: 'http://127.0.0.1:9/v1',
      model: 'm',
      dialect: 'vllm',
    });
    expect(down.reachable.ok).toBe(false);
    const server = await serve('vllm', [], { apiKey: 'k' });
    const refused = await testServerConnection({
      baseUrl: server.baseUrl,
      model: 'CoALM-8B',
      dialect: 'vllm',
    });
    expect(refused.reachable.ok).toBe(true);
    expect(refused.modelListed.detail).toMatch(/API key/);
  });
});
