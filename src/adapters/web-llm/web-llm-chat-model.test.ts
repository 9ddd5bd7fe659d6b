import { describe, expect, it } from 'vitest';
import {
  ChatModelError,
  type ChatMessage,
  type ChatModel,
  type ChatRequest,
  type ChatResult,
} from '../../core/model/chat-model';
import { FakeEngine } from './drill/simulated-web-llm';
import { createWebLlmChatModel } from './web-llm-chat-model';

function setup(crashed: Promise<never> = new Promise<never>(() => {})) {
  const engine = new FakeEngine();
  const failures: ChatModelError[] = [];
  const model = createWebLlmChatModel({
    engine,
    id: 'CoALM-8B-q4f32_1-MLC',
    contextWindow: 4096,
    crashed,
    onFailure: (error) => failures.push(error),
  });
  return { engine, model, failures };
}

async function run(model: ChatModel, request: ChatRequest) {
  const deltas: string[] = [];
  let result: ChatResult | undefined;
  for await (const event of model.stream(request)) {
    if (event.type === 'delta') deltas.push(event.text);
    else result = event.result;
  }
  if (!result) throw new Error('no done event');
  return { deltas, result };
}

const system: ChatMessage = { role: 'system', content: 'You are a booking agent.' };
const user = (content: string): ChatMessage => ({ role: 'user', content });

describe('createWebLlmChatModel', () => {
  it('streams deltas, returns getMessage() text and passes the request through', async () => {
    const { engine, model } = setup();
    engine.replies = [
      { deltas: ['Action: ', 'Find(a=1)', '\nUs'], canonical: 'Action: Find(a=1)' },
    ];
    const { deltas, result } = await run(model, {
      messages: [system, user('hi')],
      maxTokens: 64,
      stop: ['\nUser:'],
      grammar: 'root ::= "x"',
      temperature: 0,
    });
    expect(deltas.join('')).toBe('Action: Find(a=1)\nUs');
    expect(result.text).toBe('Action: Find(a=1)');
    expect(result.finishReason).toBe('stop');
    const sent = engine.requests[0];
    expect(sent?.response_format).toEqual({ type: 'grammar', grammar: 'root ::= "x"' });
    expect(sent?.stream_options).toEqual({ include_usage: true });
    expect(sent?.stop).toEqual(['\nUser:']);
    expect(sent?.max_tokens).toBe(64);
  });

  it('reports usage with timings and detects KV-cache reuse by the append-one rule', async () => {
    const { engine, model } = setup();
    engine.replies = [
      { deltas: ['Hello', '!'], canonical: 'Hello!', promptTokens: 120 },
      { deltas: ['Sure'], promptTokens: 15 },
      { deltas: ['Again'], promptTokens: 160 },
    ];
    const first = await run(model, { messages: [system, user('hi')], maxTokens: 32 });
    expect(first.result.usage).toMatchObject({
      promptTokens: 120,
      prefilledTokens: 120,
      completionTokens: 2,
      kvCacheReused: false,
      prefillTokensPerSecond: 400,
      decodeTokensPerSecond: 20,
      timeToFirstTokenMs: 250,
      totalMs: 500,
    });
    const history = [system, user('hi'), { role: 'assistant', content: 'Hello!' } as const];
    const second = await run(model, { messages: [...history, user('book it')], maxTokens: 32 });
    expect(second.result.usage.kvCacheReused).toBe(true);
    expect(second.result.usage.prefilledTokens).toBe(15);
    expect(second.result.usage.promptTokens).toBe(120 + 2 + 15);
    // A changed system prompt breaks reuse.
    const third = await run(model, {
      messages: [{ role: 'system', content: 'other' }, ...history.slice(1), user('book it')],
      maxTokens: 32,
    });
    expect(third.result.usage.kvCacheReused).toBe(false);
  });

  it('interrupts generation on abort and reports finishReason abort, then no reuse', async () => {
    const { engine, model } = setup();
    engine.replies = [{ deltas: ['one ', 'two ', 'three'] }, { deltas: ['next'] }];
    engine.pauseAfter = 1;
    const controller = new AbortController();
    const seen: string[] = [];
    let result: ChatResult | undefined;
    for await (const event of model.stream({
      messages: [user('go')],
      maxTokens: 10,
      signal: controller.signal,
    })) {
      if (event.type === 'delta') {
        seen.push(event.text);
        controller.abort();
      } else result = event.result;
    }
    expect(engine.interrupted).toBe(1);
    expect(seen).toEqual(['one ']);
    expect(result?.finishReason).toBe('abort');
    engine.pauseAfter = null;
    const next = await run(model, {
      messages: [user('go'), { role: 'assistant', content: 'one ' }, user('again')],
      maxTokens: 10,
    });
    expect(next.result.usage.kvCacheReused).toBe(false);
  });

  it('refuses to start when already aborted', async () => {
    const { model } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(
      run(model, { messages: [user('x')], maxTokens: 1, signal: controller.signal }),
    ).rejects.toMatchObject({ kind: 'aborted' });
  });

  it('classifies worker error strings and tells the owner', async () => {
    const { engine, model, failures } = setup();
    engine.replies = [{ deltas: [], error: 'DeviceLostError: The WebGPU device was lost.' }];
    const error = await run(model, { messages: [user('x')], maxTokens: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(ChatModelError);
    expect(error.kind).toBe('device-lost');
    expect(failures.map((failure) => failure.kind)).toEqual(['device-lost']);
  });

  it('fails a request in flight when the worker crashes', async () => {
    let crash: (error: unknown) => void = () => {};
    const crashed = new Promise<never>((_resolve, reject) => (crash = reject));
    const { engine, model } = setup(crashed);
    engine.replies = [{ deltas: ['a', 'b'] }];
    engine.pauseAfter = 1;
    const pending = run(model, { messages: [user('x')], maxTokens: 5 });
    setTimeout(() => crash(new ChatModelError('worker-crashed', 'The model worker crashed.')), 5);
    await expect(pending).rejects.toMatchObject({ kind: 'worker-crashed' });
  });

  it('runs concurrent requests one after the other on the single KV sequence', async () => {
    const { engine, model } = setup();
    engine.replies = [{ deltas: ['a1', 'a2'] }, { deltas: ['b1'] }];
    const order: string[] = [];
    const consume = async (name: string) => {
      for await (const event of model.stream({ messages: [user(name)], maxTokens: 4 }))
        order.push(event.type === 'delta' ? event.text : `done:${name}`);
    };
    await Promise.all([consume('first'), consume('second')]);
    expect(order).toEqual(['a1', 'a2', 'done:first', 'b1', 'done:second']);
    expect(engine.requests.map((request) => request.messages[1]?.content)).toEqual([
      'first',
      'second',
    ]);
  });

  it("never lets web-llm insert its template's default system prompt", async () => {
    const { engine, model } = setup();
    engine.replies = [{ deltas: ['a'] }, { deltas: ['b'] }];
    await run(model, { messages: [user('go')], maxTokens: 4 });
    await run(model, { messages: [system, user('go')], maxTokens: 4 });
    expect(engine.requests[0]?.messages).toEqual([
      { role: 'system', content: '' },
      { role: 'user', content: 'go' },
    ]);
    expect(engine.requests[1]?.messages).toEqual([system, { role: 'user', content: 'go' }]);
  });
});
