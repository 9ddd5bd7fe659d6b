import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../model/chat-model';
import { estimatePrefill, reusesKvCache } from './kv-reuse';
import { estimatingCounter } from './token-counter';

const base: ChatMessage[] = [
  { role: 'system', content: 'Instructions and tools.' },
  { role: 'user', content: 'User: find a thai restaurant' },
];
const previous = {
  messages: base,
  reply: "Action: FindRestaurants(food='thai')",
  finishReason: 'stop' as const,
};
const next: ChatMessage[] = [
  ...base,
  { role: 'assistant', content: "Action: FindRestaurants(food='thai')" },
  { role: 'user', content: "Observation: {'count': 0}" },
];

describe("web-llm's KV-cache reuse rule", () => {
  it('reuses only for previous request + canonical reply + one user message', () => {
    expect(reusesKvCache(previous, next)).toBe(true);
    expect(reusesKvCache(undefined, next)).toBe(false);
    expect(
      reusesKvCache({ ...previous, reply: "Action: FindRestaurants(food='thai')\n" }, next),
    ).toBe(false);
    expect(reusesKvCache({ ...previous, finishReason: 'abort' }, next)).toBe(false);
    expect(reusesKvCache({ ...previous, finishReason: 'length' }, next)).toBe(false);
    expect(reusesKvCache(previous, [...next, { role: 'user', content: 'again' }])).toBe(false);
    const changedSystem = [{ role: 'system' as const, content: 'Other.' }, ...next.slice(1)];
    expect(reusesKvCache(previous, changedSystem)).toBe(false);
  });

  it('prefills the new message only when reused, everything otherwise', () => {
    const reused = estimatePrefill(previous, next, estimatingCounter);
    const fresh = estimatePrefill(undefined, next, estimatingCounter);
    expect(reused.reused).toBe(true);
    expect(fresh.prefilledTokens).toBe(fresh.promptTokens);
    expect(reused.prefilledTokens).toBeLessThan(fresh.prefilledTokens / 2);
    expect(reused.promptTokens).toBe(fresh.promptTokens);
  });
});
