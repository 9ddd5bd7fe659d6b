import { describe, expect, it } from 'vitest';
import type { ChatMessage, ChatRequest, ChatResult, ChatStreamEvent } from './chat-model';
import { ChatModelError } from './chat-model';
import { createReplayChatModel } from './replay-chat-model';

async function run(stream: AsyncIterable<ChatStreamEvent>) {
  const deltas: string[] = [];
  let result: ChatResult | undefined;
  for await (const event of stream) {
    if (event.type === 'delta') deltas.push(event.text);
    else result = event.result;
  }
  if (!result) throw new Error('no done event');
  return { deltas, result };
}

const system: ChatMessage = {
  role: 'system',
  content: 'You are a booking assistant with many rules.',
};
const request = (messages: ChatMessage[], extra: Partial<ChatRequest> = {}): ChatRequest => ({
  messages,
  maxTokens: 100,
  ...extra,
});

describe('scripted chat model', () => {
  it('streams each output in token-sized chunks and records the request', async () => {
    const model = createReplayChatModel({ outputs: ['System: Hello there, how can I help?'] });
    const { deltas, result } = await run(model.stream(request([{ role: 'user', content: 'Hi' }])));
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.every((delta) => delta.length <= 4)).toBe(true);
    expect(result.text).toBe('System: Hello there, how can I help?');
    expect(result.usage.completionTokens).toBe(deltas.length);
    expect(model.requests).toHaveLength(1);
    expect(model.remaining()).toBe(0);
  });

  it('ends before a stop string, which the text does not include', async () => {
    const model = createReplayChatModel({
      outputs: ["Action: FindTrains(day='monday')\nObservation: {'made': 'up'}"],
    });
    const { result } = await run(
      model.stream(request([{ role: 'user', content: 'x' }], { stop: ['\nObservation:'] })),
    );
    expect(result.text).toBe("Action: FindTrains(day='monday')");
    expect(result.finishReason).toBe('stop');
  });

  it('stops at maxTokens with finish reason length', async () => {
    const model = createReplayChatModel({ outputs: ['System: a rather long answer indeed'] });
    const { result } = await run(
      model.stream(request([{ role: 'user', content: 'x' }], { maxTokens: 3 })),
    );
    expect(result.text).toBe('System: a ra');
    expect(result.finishReason).toBe('length');
  });

  it('ends with finish reason abort and the partial text when aborted between chunks', async () => {
    const controller = new AbortController();
    const model = createReplayChatModel({
      outputs: ['System: this answer will be cut short'],
      tokenDelayMs: 5,
    });
    const chunks: string[] = [];
    let result: ChatResult | undefined;
    for await (const event of model.stream(
      request([{ role: 'user', content: 'x' }], { signal: controller.signal }),
    )) {
      if (event.type === 'delta') {
        chunks.push(event.text);
        if (chunks.length === 2) controller.abort();
      } else result = event.result;
    }
    expect(result?.finishReason).toBe('abort');
    expect(result?.text).toBe(chunks.join(''));
    expect(chunks).toHaveLength(2);
  });

  it('throws script-exhausted with a clear message when it runs out', async () => {
    const model = createReplayChatModel({ outputs: [] });
    const error = await run(model.stream(request([{ role: 'user', content: 'x' }]))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ChatModelError);
    expect((error as ChatModelError).kind).toBe('script-exhausted');
    expect((error as ChatModelError).message).toMatch(
      /no output for request 1: all 0 scripted outputs were used/,
    );
  });

  it("prefills only the new message when the request extends the last one by web-llm's rule", async () => {
    const model = createReplayChatModel({
      outputs: ['System: first answer', 'System: second', 'System: third'],
    });
    const first = [system, { role: 'user' as const, content: 'User: hello' }];
    const one = await run(model.stream(request(first)));
    expect(one.result.usage.prefilledTokens).toBe(one.result.usage.promptTokens);
    const second = [
      ...first,
      { role: 'assistant' as const, content: 'System: first answer' },
      { role: 'user' as const, content: 'User: more' },
    ];
    const two = await run(model.stream(request(second)));
    expect(two.result.usage.kvCacheReused).toBe(true);
    expect(two.result.usage.prefilledTokens).toBeLessThan(two.result.usage.promptTokens / 2);
    // An edited earlier message means a full prefill again.
    const edited = [
      ...second.slice(0, 2),
      { role: 'assistant' as const, content: 'System: second!' },
      { role: 'user' as const, content: 'User: x' },
    ];
    const three = await run(model.stream(request(edited)));
    expect(three.result.usage.kvCacheReused).toBe(false);
    expect(three.result.usage.prefilledTokens).toBe(three.result.usage.promptTokens);
  });
});
