/** Context budget over long conversations, counted with the exact Llama 3.1 tokenizer. */
import { describe, expect, it } from 'vitest';
import { fixtureTools } from '../../core/agent/testing/fixture-tools';
import { scriptedConversation } from '../../core/agent/testing/scripted-conversations';
import { reusesKvCache } from '../../core/context/kv-reuse';
import { countPromptTokens } from '../../core/context/token-counter';
import type { PromptProfileId } from '../../core/conversation/conversation';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { llama3TokenCounter } from './llama3-token-counter';
import { runScriptedConversation } from '../../core/agent/testing/turn-harness';

const tools = createToolRegistry(fixtureTools);

describe.each<PromptProfileId>(['cra-exact', 'cra-chat'])('%s over 40 turns', (profile) => {
  it('never exceeds the context window and keeps what was booked', async () => {
    const { conversation, model, events } = await runScriptedConversation({
      profile,
      script: scriptedConversation(3, 40),
      tools,
    });
    expect(conversation.turns).toHaveLength(40);
    expect(conversation.turns.every((turn) => turn.reply.trim() !== '')).toBe(true);
    for (const request of model.requests) {
      const exact = countPromptTokens(request.messages, llama3TokenCounter);
      expect(exact + request.maxTokens).toBeLessThanOrEqual(model.contextWindow);
    }
    const requests = events.filter((event) => event.type === 'model-request');
    // The size the budget works with (estimated, summed from parts) never undercounts.
    for (const request of requests) {
      if (request.type !== 'model-request') continue;
      expect(request.promptTokens).toBeGreaterThanOrEqual(
        countPromptTokens(request.messages, llama3TokenCounter),
      );
    }
    const last = requests.at(-1);
    const prompt =
      last?.type === 'model-request'
        ? last.messages.map((message) => message.content).join('\n')
        : '';
    // Old turns are gone, but their bookings survive in the state line.
    expect(prompt).not.toContain(conversation.turns[0]?.user ?? '-');
    expect(prompt).toMatch(/Dialogue state so far: \{'restaurant': \{.*'ref': '[0-9A-Z]{8}'/);
    expect(conversation.turns.at(-1)?.state?.train?.ref).toMatch(/^[0-9A-Z]{8}$/);
  });
});

describe.each<PromptProfileId>(['cra-exact', 'cra-chat'])('%s with exact counts', (profile) => {
  it('sums prompt sizes from parts without undercounting the whole', async () => {
    const { events } = await runScriptedConversation({
      profile,
      script: scriptedConversation(7, 24),
      tools,
      tokenCounter: llama3TokenCounter,
    });
    let checked = 0;
    for (const event of events) {
      if (event.type !== 'model-request') continue;
      const whole = countPromptTokens(event.messages, llama3TokenCounter);
      expect(event.promptTokens).toBeGreaterThanOrEqual(whole);
      expect(event.promptTokens).toBeLessThanOrEqual(whole * 1.05 + 12);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(40);
  });
});

describe('cra-chat prefix stability', () => {
  it('appends one message per call except at rare, large compactions', async () => {
    const { conversation } = await runScriptedConversation({
      profile: 'cra-chat',
      script: scriptedConversation(5, 40),
      tools,
    });
    const steps = conversation.turns.flatMap((turn) => turn.steps);
    let misses = 0;
    steps.forEach((step, index) => {
      const previous = steps[index - 1];
      const reused =
        previous !== undefined &&
        reusesKvCache(
          {
            messages: previous.prompt,
            reply: previous.raw,
            finishReason: previous.finishReason ?? 'stop',
          },
          step.prompt,
        );
      if (!reused) misses += 1;
    });
    // The first call, plus one miss per compaction; compactions jump far, so they are few.
    expect(misses).toBeGreaterThanOrEqual(2);
    expect(misses).toBeLessThanOrEqual(1 + Math.ceil(steps.length / 20));
  });
});
