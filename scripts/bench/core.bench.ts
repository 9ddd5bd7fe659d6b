/**
 * Core benchmark: prompt sizes, prefill under web-llm 0.2.86's KV-reuse rule, and the core's own
 * time per step, for both prompt profiles, over scripted conversations with the real mock tools.
 * Token counts are exact (Llama 3.1 tokenizer). New tokens come from a token diff between
 * consecutive requests, not from the reuse rule, so prefill_over_new can move either way.
 * Run: node --import tsx scripts/bench/core.bench.ts
 */
import { performance } from 'node:perf_hooks';
import { diffArrays } from 'diff';
import {
  encodeLlama3,
  llama3TokenCounter,
} from '../../src/adapters/llama3-tokenizer/llama3-token-counter';
import { runScriptedConversation } from '../../src/core/agent/testing/turn-harness';
import { scriptedConversation } from '../../src/core/agent/testing/scripted-conversations';
import { estimatePrefill, type EngineConversation } from '../../src/core/context/kv-reuse';
import { estimatingCounter } from '../../src/core/context/token-counter';
import type { ChatMessage } from '../../src/core/model/chat-model';
import type { Conversation, PromptProfileId } from '../../src/core/conversation/conversation';
import { parseModelOutput } from '../../src/core/parse/parse-model-output';
import { buildPrompt } from '../../src/core/prompt/build-prompt';
import { resolvePromptOptions } from '../../src/core/prompt/prompt-options';
import type { ToolRegistry } from '../../src/core/tools/tool-registry';
import { world } from './bench-world';

const CONVERSATIONS = 10;
const TURNS = 11;
const LONG_TURNS = 30;
const CONTEXT_WINDOW = 4096;
const options = resolvePromptOptions();
const counter = llama3TokenCounter;

function emit(metric: string, value: number, unit: string): void {
  const rounded = Math.round(value * 1000) / 1000;
  console.log(JSON.stringify({ bench: 'core', metric, value: rounded, unit }));
}

interface CallFigures {
  prompt: number;
  prefill: number;
  fresh: number;
}

/**
 * The request as the engine reads it (Llama 3.1 chat template), for counting with the real
 * tokenizer. Special tokens are spelled out; they tokenize the same way in every request, which
 * is all a diff between requests needs.
 */
function renderedTokens(messages: readonly ChatMessage[], reply?: string): number[] {
  const text = messages
    .map(
      (message) =>
        `<|start_header_id|>${message.role}<|end_header_id|>\n\n${message.content}<|eot_id|>`,
    )
    .join('');
  const answer = reply === undefined ? '' : `${reply}<|eot_id|>`;
  return encodeLlama3(
    `<|begin_of_text|>${text}<|start_header_id|>assistant<|end_header_id|>\n\n${answer}`,
  );
}

/**
 * New tokens of a request, measured without the reuse simulator: the tokens of this request that
 * a token-level diff (jsdiff) does not find in the previous request plus its reply. It does not
 * depend on how a layout is cached, so prefill over new shows what a layout costs beyond the
 * information that is really new.
 */
function newTokens(previous: number[] | undefined, current: number[]): number {
  if (!previous) return current.length;
  return diffArrays(previous, current)
    .filter((change) => change.added)
    .reduce((total, change) => total + change.count, 0);
}

/** Per model call: exact prompt size, simulated prefill, and new tokens by diff. */
function callFigures(conversation: Conversation): CallFigures[] {
  const figures: CallFigures[] = [];
  let engine: EngineConversation | undefined;
  let previousTokens: number[] | undefined;
  for (const turn of conversation.turns) {
    for (const step of turn.steps) {
      const prefill = estimatePrefill(engine, step.prompt, counter);
      const fresh = newTokens(previousTokens, renderedTokens(step.prompt));
      figures.push({ prompt: prefill.promptTokens, prefill: prefill.prefilledTokens, fresh });
      engine = {
        messages: step.prompt,
        reply: step.raw,
        finishReason: step.finishReason ?? 'abort',
      };
      previousTokens = renderedTokens(step.prompt, step.raw);
    }
  }
  return figures;
}

const mean = (values: readonly number[]) =>
  values.reduce((sum, value) => sum + value, 0) / values.length;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Median time of the core's work for one action step (prompt build, parse, dispatch of a
 * restaurant search), with `historyTurns` earlier turns: the same step at turn 1 and turn 30.
 * cold: history turns are fresh objects each time, so nothing memoised per turn helps.
 */
async function coreMsPerStep(
  conversation: Conversation,
  historyTurns: number,
  tools: ToolRegistry,
  cold: boolean,
) {
  const searchTurn = conversation.turns.find(
    (turn) => turn.steps[0]?.call?.name === 'FindRestaurants',
  );
  const raw = searchTurn?.steps[0]?.raw;
  if (!searchTurn || !raw) throw new Error('no restaurant search in the conversation');
  const current = { ...searchTurn, steps: [], reply: '', status: 'streaming' as const };
  const samples: number[] = [];
  for (let round = 0; round < 400; round += 1) {
    const history = conversation.turns
      .slice(0, historyTurns)
      .map((earlier) => (cold ? { ...earlier } : earlier));
    const started = performance.now();
    const context = {
      profile: conversation.profile,
      history,
      current,
      registry: tools,
      options,
      counter: estimatingCounter,
      contextWindow: CONTEXT_WINDOW,
    };
    buildPrompt('action', context);
    const parsed = parseModelOutput(raw);
    if (parsed.kind === 'actions' && parsed.calls[0])
      await tools.dispatch(parsed.calls[0], { conversationId: 'bench' });
    samples.push(performance.now() - started);
  }
  samples.sort((left, right) => left - right);
  return samples[Math.floor(samples.length / 2)] ?? 0;
}

async function benchProfile(profile: PromptProfileId): Promise<void> {
  const figures: CallFigures[] = [];
  for (let index = 0; index < CONVERSATIONS; index += 1) {
    const { tools, names } = world(index + 1);
    const { conversation } = await runScriptedConversation({
      profile,
      script: scriptedConversation(index, TURNS, names),
      tools,
    });
    figures.push(...callFigures(conversation));
  }
  emit(`${profile}/calls`, figures.length, 'calls');
  emit(
    `${profile}/prompt_tokens_per_call_mean`,
    mean(figures.map((call) => call.prompt)),
    'tokens',
  );
  emit(
    `${profile}/prompt_tokens_per_call_max`,
    Math.max(...figures.map((call) => call.prompt)),
    'tokens',
  );
  emit(
    `${profile}/prefill_tokens_per_call_mean`,
    mean(figures.map((call) => call.prefill)),
    'tokens',
  );
  emit(`${profile}/new_tokens_per_call_mean`, mean(figures.map((call) => call.fresh)), 'tokens');
  emit(
    `${profile}/prefill_over_new`,
    sum(figures.map((call) => call.prefill)) / sum(figures.map((call) => call.fresh)),
    'ratio',
  );

  const long: CallFigures[] = [];
  let turnOneMs = 0;
  let turnThirtyMs = 0;
  let turnThirtyColdMs = 0;
  for (let index = 0; index < 3; index += 1) {
    const { tools, names } = world(100 + index);
    const { conversation } = await runScriptedConversation({
      profile,
      script: scriptedConversation(index, LONG_TURNS, names),
      tools,
    });
    long.push(...callFigures(conversation));
    if (index === 0) {
      turnOneMs = await coreMsPerStep(conversation, 0, tools, false);
      turnThirtyMs = await coreMsPerStep(conversation, LONG_TURNS - 1, tools, false);
      turnThirtyColdMs = await coreMsPerStep(conversation, LONG_TURNS - 1, tools, true);
    }
  }
  emit(
    `${profile}/max_prompt_tokens_30_turns`,
    Math.max(...long.map((call) => call.prompt)),
    'tokens',
  );
  emit(
    `${profile}/over_budget_calls_30_turns`,
    long.filter((call) => call.prompt + options.maxOutputTokens > CONTEXT_WINDOW).length,
    'calls',
  );
  emit(
    `${profile}/prefill_tokens_per_call_mean_30_turns`,
    mean(long.map((call) => call.prefill)),
    'tokens',
  );
  emit(
    `${profile}/prefill_over_new_30_turns`,
    sum(long.map((call) => call.prefill)) / sum(long.map((call) => call.fresh)),
    'ratio',
  );
  emit(`${profile}/core_ms_per_step_turn_1`, turnOneMs, 'ms');
  emit(`${profile}/core_ms_per_step_turn_30`, turnThirtyMs, 'ms');
  emit(`${profile}/core_ms_per_step_turn_30_cold`, turnThirtyColdMs, 'ms');
  emit(`${profile}/core_ms_turn_30_over_turn_1`, turnThirtyMs / turnOneMs, 'ratio');
}

for (const profile of ['cra-exact', 'cra-chat'] satisfies PromptProfileId[])
  await benchProfile(profile);
