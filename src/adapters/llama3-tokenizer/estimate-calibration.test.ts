/**
 * The core's token estimate against the exact Llama 3.1 tokenizer, on the prompts the two
 * profiles actually build over realistic conversations: never under, and less than 25% over.
 */
import { describe, expect, it } from 'vitest';
import { fixtureTools } from '../../core/agent/testing/fixture-tools';
import { scriptedConversation } from '../../core/agent/testing/scripted-conversations';
import { estimateTokens } from '../../core/context/token-counter';
import type { PromptProfileId } from '../../core/conversation/conversation';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { runScriptedConversation } from '../../core/agent/testing/turn-harness';
import { llama3TokenCounter } from './llama3-token-counter';

async function corpus(): Promise<string[]> {
  const texts: string[] = [];
  const tools = createToolRegistry(fixtureTools);
  for (const profile of ['cra-exact', 'cra-chat'] satisfies PromptProfileId[]) {
    for (let index = 0; index < 4; index += 1) {
      const { model } = await runScriptedConversation({
        profile,
        script: scriptedConversation(index, 14),
        tools,
      });
      for (const request of model.requests)
        texts.push(request.messages.map((message) => message.content).join('\n'));
    }
  }
  return texts;
}

describe('token estimate', () => {
  it('never undercounts a realistic prompt and overcounts by less than 25%', async () => {
    const texts = await corpus();
    expect(texts.length).toBeGreaterThan(100);
    const ratios = texts.map((text) => estimateTokens(text) / llama3TokenCounter.count(text));
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...ratios)).toBeLessThan(1.25);
  });

  it('counts short labelled lines without undercounting', () => {
    const lines = [
      "Action: ReserveRestaurant(name='Golden Curry', people=4, day='friday', time='19:00')",
      "Observation: {'reference': 'KWV7HGEB', 'status': 'confirmed', 'total_price': '94.40 pounds'}",
      'User: Could you book me 3 tickets on TR2141, please?',
      'System: Booked! Your reference is 7QX2M4LB and the total fee is 70.80 pounds.',
    ];
    for (const line of lines)
      expect(estimateTokens(line)).toBeGreaterThanOrEqual(llama3TokenCounter.count(line));
  });

  it('does not undercount other scripts, emoji or links', () => {
    const lines = [
      'User: 我想在市中心找一家便宜的餐馆，四个人。',
      "User: Je voudrais réserver une table pour quatre personnes à 19h, s'il vous plaît.",
      'User: Можно забронировать столик на пятницу?',
      'User: great!! 🎉🎉 thanks 😊',
      'User: ÅÄÖ smörgåsbord café naïve',
      'User: مرحبا أريد حجز طاولة',
      'User: 東京駅から新幹線で',
      'User: https://example.com/path?query=1&x=2',
    ];
    for (const line of lines)
      expect(estimateTokens(line)).toBeGreaterThanOrEqual(llama3TokenCounter.count(line));
  });
});
