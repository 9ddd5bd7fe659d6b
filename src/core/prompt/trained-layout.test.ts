/**
 * The default rendering of both CRA stages, as the model sees it token for token, against
 * fixture files written by hand from the format description (../shared/coalm/cra-format.md):
 * the Llama 3.1 default system block with its closing blank line, then one user message.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureTools } from '../agent/testing/fixture-tools';
import { estimatingCounter } from '../context/token-counter';
import type { Turn } from '../conversation/conversation';
import { createToolRegistry } from '../tools/tool-registry';
import { buildPrompt } from './build-prompt';
import { renderLlama3Prompt } from './llama3-template';
import { resolvePromptOptions } from './prompt-options';
import { greetingTurn, openTurn, searchTurn } from './testing/sample-turns';

function fixture(name: string): string {
  return readFileSync(new URL(`./testing/fixtures/${name}`, import.meta.url), 'utf8');
}

const USER = 'Book Kohinoor for 2 on friday at 18:00.';

function bookedTurn(): Turn {
  return openTurn(USER, [
    {
      index: 0,
      stage: 'action',
      prompt: [],
      raw: "Action: ReserveRestaurant(name='Kohinoor', people=2, day='friday', time='18:00')",
      finishReason: 'stop',
      call: {
        id: 'c2',
        name: 'ReserveRestaurant',
        arguments: { name: 'Kohinoor', people: 2, day: 'friday', time: '18:00' },
      },
      result: { ok: true, data: { reference: 'K7Q2M1ZX', name: 'Kohinoor' } },
      observation: "{'reference': 'K7Q2M1ZX', 'name': 'Kohinoor'}",
      startedAt: 0,
    },
  ]);
}

function rendered(stage: 'action' | 'response'): string {
  const built = buildPrompt(stage, {
    profile: 'cra-exact',
    history: [greetingTurn(), searchTurn()],
    current: stage === 'action' ? openTurn(USER) : bookedTurn(),
    registry: createToolRegistry(fixtureTools.slice(0, 2)),
    options: resolvePromptOptions(),
    counter: estimatingCounter,
    contextWindow: 4096,
  });
  return renderLlama3Prompt(built.messages);
}

describe('the trained layout, by default', () => {
  it('action prediction renders byte for byte as the fixture', () => {
    expect(rendered('action')).toBe(fixture('cra-action.default.txt'));
  });

  it('response generation renders byte for byte as the fixture', () => {
    expect(rendered('response')).toBe(fixture('cra-response.default.txt'));
  });

  it('the system block ends with the blank line the template emits', () => {
    expect(rendered('action')).toContain(
      'Today Date: 26 Jul 2024\n\n<|eot_id|><|start_header_id|>user<|end_header_id|>\n\n[BEGIN OF TASK INSTRUCTION]',
    );
  });
});
