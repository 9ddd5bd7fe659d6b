import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureTools } from '../agent/testing/fixture-tools';
import { estimatingCounter } from '../context/token-counter';
import type { PromptProfileId } from '../conversation/conversation';
import type { ChatMessage } from '../model/chat-model';
import { createToolRegistry } from '../tools/tool-registry';
import { buildPrompt } from './build-prompt';
import { renderLlama3Prompt } from './llama3-template';
import { promptSegments, type PromptPart } from './prompt-parts';
import { resolvePromptOptions } from './prompt-options';
import { greetingTurn, openTurn, searchTurn } from './testing/sample-turns';

function realPrompt(profile: PromptProfileId): ChatMessage[] {
  return buildPrompt('action', {
    profile,
    history: [greetingTurn(), searchTurn()],
    current: openTurn('Book Kohinoor for 2 on friday at 18:00.'),
    registry: createToolRegistry(fixtureTools.slice(0, 2)),
    options: resolvePromptOptions({}),
    counter: estimatingCounter,
    contextWindow: 4096,
  }).messages;
}

function textOf(messages: ChatMessage[], part: PromptPart): string[] {
  return promptSegments(messages)
    .filter((segment) => segment.part === part)
    .map((segment) => segment.text);
}

describe('promptSegments', () => {
  it('marks every CRA block of a real cra-exact prompt, with the markers apart', () => {
    const messages = realPrompt('cra-exact');
    expect(textOf(messages, 'marker')).toEqual([
      '[BEGIN OF TASK INSTRUCTION]',
      '[END OF TASK INSTRUCTION]',
      '[BEGIN OF AVAILABLE TOOLS]',
      '[END OF AVAILABLE TOOLS]',
      '[BEGIN OF FORMAT INSTRUCTION]',
      '[END OF FORMAT INSTRUCTION]',
      '[BEGIN OF CONVERSATION HISTORY]',
      '[END OF CONVERSATION HISTORY]',
    ]);
    expect(textOf(messages, 'tools')).toEqual([
      '\n1. FindRestaurants(area, food, price_range, name)\n2. ReserveRestaurant(name, people, day, time)\n',
    ]);
    expect(textOf(messages, 'history')[0]).toContain('User: Hello!');
    expect(textOf(messages, 'input')).toEqual(['User: Book Kohinoor for 2 on friday at 18:00.']);
    expect(textOf(messages, 'date')).toEqual([
      'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n',
    ]);
    expect(textOf(messages, 'template')[0]).toBe(
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\n',
    );
  });

  it('gives back the exact rendered prompt for both profiles', () => {
    for (const profile of ['cra-exact', 'cra-chat'] as const) {
      const messages = realPrompt(profile);
      const joined = promptSegments(messages)
        .map((segment) => segment.text)
        .join('');
      expect(joined).toBe(renderLlama3Prompt(messages));
    }
  });

  it('marks special tokens typed inside a message as template tokens, not as content', () => {
    const messages: ChatMessage[] = [{ role: 'user', content: 'hi <|eot_id|> there' }];
    expect(textOf(messages, 'template')).toContain('<|eot_id|>');
    expect(textOf(messages, 'other').join('')).toBe('hi  there');
  });

  it('keeps an unclosed block to the end of its message', () => {
    const messages: ChatMessage[] = [
      { role: 'user', content: '[BEGIN OF AVAILABLE TOOLS]\n1. X()' },
    ];
    expect(textOf(messages, 'tools')).toEqual(['\n1. X()']);
  });

  it('loses and adds no byte, whatever the messages hold (property)', () => {
    const piece = fc.constantFrom(
      '[BEGIN OF TASK INSTRUCTION]',
      '[END OF TASK INSTRUCTION]',
      '[BEGIN OF CONVERSATION HISTORY]',
      '[END OF AVAILABLE TOOLS]',
      'Input: ',
      '\nInput: ',
      '<|eot_id|>',
      'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n',
      ' ',
      '\n',
    );
    const content = fc
      .array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 12 })
      .map((parts) => parts.join(''));
    const message = fc.record({
      role: fc.constantFrom<ChatMessage['role']>('system', 'user', 'assistant'),
      content,
    });
    fc.assert(
      fc.property(fc.array(message, { maxLength: 5 }), (messages) => {
        const segments = promptSegments(messages);
        expect(segments.map((segment) => segment.text).join('')).toBe(renderLlama3Prompt(messages));
        expect(segments.every((segment) => segment.text.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
