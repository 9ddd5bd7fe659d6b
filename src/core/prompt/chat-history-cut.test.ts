import { describe, expect, it } from 'vitest';
import { estimatingCounter } from '../context/token-counter';
import type { Turn } from '../conversation/conversation';
import { chatHistoryCut } from './cra-chat-profile';
import { resolvePromptOptions } from './prompt-options';
import { searchTurn } from './testing/sample-turns';

const options = resolvePromptOptions();
const LIMIT = 4096 - options.maxOutputTokens;

function turns(count: number): Turn[] {
  return Array.from({ length: count }, (_, index) => ({
    ...searchTurn(),
    id: `t${index}`,
    user: `Turn ${index}: a cheap restaurant in the centre, please.`,
  }));
}

describe('chatHistoryCut', () => {
  it('moves rarely, never back, and far each time', () => {
    const all = turns(80);
    const cuts = all.map((_, length) =>
      chatHistoryCut(all.slice(0, length + 1), 600, LIMIT, options, estimatingCounter),
    );
    const changes = cuts.filter((cut, index) => index > 0 && cut !== cuts[index - 1]);
    expect(cuts[0]).toBe(0);
    cuts.forEach((cut, index) => expect(cut).toBeGreaterThanOrEqual(cuts[index - 1] ?? 0));
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.length).toBeLessThanOrEqual(80 / 8);
  });

  it('is a function of the conversation: the same turns give the same cut', () => {
    const all = turns(40);
    const first = chatHistoryCut(all, 600, LIMIT, options, estimatingCounter);
    const copies = all.map((turn) => ({ ...turn }));
    expect(chatHistoryCut(copies, 600, LIMIT, options, estimatingCounter)).toBe(first);
  });
});
