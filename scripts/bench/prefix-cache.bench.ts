/**
 * Prefix caching on a model server, for both prompt profiles: what each server's cache
 * (`server-prefix-caches.ts`: vLLM's 16-token blocks, SGLang's radix tree, llama.cpp or Ollama
 * slots) would prefill for each call of the scripted conversations, against the tokens that are
 * really new to the model.
 *
 * - Each request is the exact token sequence the server sees: the step's prompt through the
 *   Llama 3.1 template (`renderLlama3Prompt`), tokenized with the Llama 3.1 tokenizer. After
 *   it, the cache remembers the request followed by the model's output.
 * - New tokens (`prefill_over_new`), computed on their own (no cache, no blocks): what each
 *   request adds to the previous request of the same stage (action or response), token for
 *   token: its tokens minus those it shares with that request at the start and at the end. The
 *   first request of a stage adds all of it.
 * - Dialogue tokens (`prefill_over_dialogue_new`), a stricter floor: only what the dialogue
 *   itself brings to each call (the `User:` line of a new turn, the `Observation:` after a tool,
 *   the repair note, 5 tokens of framing) and each instruction text once per conversation.
 *   cra-exact re-renders the previous turn inside its history block on every call, which no
 *   cache can avoid: the radix figure, which reuses every token any earlier request shares, is
 *   the lowest any prefix cache can reach with this layout.
 * Run: node --import tsx scripts/bench/prefix-cache.bench.ts
 */
import {
  encodeLlama3,
  llama3TokenCounter,
} from '../../src/adapters/llama3-tokenizer/llama3-token-counter';
import { runScriptedConversation } from '../../src/core/agent/testing/turn-harness';
import { scriptedConversation } from '../../src/core/agent/testing/scripted-conversations';
import type { Conversation, PromptProfileId } from '../../src/core/conversation/conversation';
import { chatUserMessage } from '../../src/core/prompt/chat-transcript';
import { chatSystemContent } from '../../src/core/prompt/cra-chat-profile';
import { TRAINING_SYSTEM_BLOCK } from '../../src/core/prompt/cra-constants';
import { formatBlock, taskBlock, toolsBlock } from '../../src/core/prompt/instruction-blocks';
import { renderLlama3Prompt } from '../../src/core/prompt/llama3-template';
import type { ToolRegistry } from '../../src/core/tools/tool-registry';
import { world } from './bench-world';
import {
  commonPrefixLength,
  serverCacheModels,
  type PrefixCacheModel,
  type ServerCacheModelName,
} from './server-prefix-caches';

const FRAMING_TOKENS = 5;
const EOT = 128009;

function emit(metric: string, value: number, unit: string): void {
  console.log(
    JSON.stringify({ bench: 'prefix-cache', metric, value: Math.round(value * 1000) / 1000, unit }),
  );
}

/** Tokens of `tokens` outside its shared start and shared end with `previous`. */
function addedTokens(tokens: readonly number[], previous: readonly number[] | undefined): number {
  if (!previous) return tokens.length;
  const start = commonPrefixLength(tokens, previous);
  let end = 0;
  while (
    end < tokens.length - start &&
    end < previous.length - start &&
    tokens[tokens.length - 1 - end] === previous[previous.length - 1 - end]
  )
    end += 1;
  return tokens.length - start - end;
}

const MODELS = Object.keys(serverCacheModels) as ServerCacheModelName[];

interface Figures {
  /** Prefilled tokens under each server's cache. */
  prefill: Record<ServerCacheModelName, number>;
  added: number;
  fresh: number;
  prompt: number;
  calls: number;
}

const emptyFigures = (): Figures => ({
  prefill: Object.fromEntries(MODELS.map((name) => [name, 0])) as Figures['prefill'],
  added: 0,
  fresh: 0,
  prompt: 0,
  calls: 0,
});

function conversationFigures(conversation: Conversation, tools: ToolRegistry): Figures {
  const caches = MODELS.map((name): [ServerCacheModelName, PrefixCacheModel] => [
    name,
    serverCacheModels[name](),
  ]);
  const seenInstructions = new Set<string>();
  const figures = emptyFigures();
  const previousOfStage = new Map<string, number[]>();
  const instructionTexts =
    conversation.profile === 'cra-chat'
      ? [chatSystemContent(tools.signatureLines())]
      : [
          TRAINING_SYSTEM_BLOCK,
          taskBlock('action'),
          toolsBlock(tools.signatureLines()),
          formatBlock(),
          taskBlock('response'),
        ];
  for (const turn of conversation.turns) {
    turn.steps.forEach((step, index) => {
      const tokens = encodeLlama3(renderLlama3Prompt(step.prompt));
      const ran = [...tokens, ...encodeLlama3(step.raw), EOT];
      for (const [name, cache] of caches) {
        // A server always evaluates at least the last prompt token.
        figures.prefill[name] += tokens.length - Math.min(cache.cached(tokens), tokens.length - 1);
        cache.remember(ran);
      }
      figures.prompt += tokens.length;
      figures.calls += 1;
      const stage = step.stage === 'response' ? 'response' : 'action';
      figures.added += addedTokens(tokens, previousOfStage.get(stage));
      previousOfStage.set(stage, tokens);
      // New to the model: the one thing this call adds, and instructions the first time seen.
      const added = chatUserMessage(step.stage, turn.user, turn.steps.slice(0, index));
      figures.fresh += llama3TokenCounter.count(added) + FRAMING_TOKENS;
      const promptText = step.prompt.map((message) => message.content).join('\n');
      for (const instruction of instructionTexts) {
        if (seenInstructions.has(instruction) || !promptText.includes(instruction)) continue;
        seenInstructions.add(instruction);
        figures.fresh += llama3TokenCounter.count(instruction);
      }
    });
  }
  return figures;
}

async function benchProfile(
  profile: PromptProfileId,
  conversations: number,
  turns: number,
  label: string,
) {
  const total = emptyFigures();
  for (let index = 0; index < conversations; index += 1) {
    const { tools, names } = world((turns > 11 ? 100 : 1) + index);
    const { conversation } = await runScriptedConversation({
      profile,
      script: scriptedConversation(index, turns, names),
      tools,
    });
    const figures = conversationFigures(conversation, tools);
    for (const name of MODELS) total.prefill[name] += figures.prefill[name];
    total.fresh += figures.fresh;
    total.added += figures.added;
    total.prompt += figures.prompt;
    total.calls += figures.calls;
  }
  const metric = (name: string) => `${profile}/${label}${name}`;
  emit(metric('calls'), total.calls, 'calls');
  emit(metric('prompt_tokens_per_call_mean'), total.prompt / total.calls, 'tokens');
  emit(metric('new_tokens_per_call_mean'), total.added / total.calls, 'tokens');
  emit(metric('dialogue_tokens_per_call_mean'), total.fresh / total.calls, 'tokens');
  // vLLM's figures keep the names they had before the other servers were added.
  const vllm = total.prefill.vllm_blocks16;
  emit(metric('prefill_tokens_per_call_mean_block16'), vllm / total.calls, 'tokens');
  emit(metric('prefill_over_new_block16'), vllm / total.added, 'ratio');
  emit(metric('prefill_over_dialogue_new_block16'), vllm / total.fresh, 'ratio');
  for (const name of MODELS.filter((model) => model !== 'vllm_blocks16')) {
    emit(
      metric(`prefill_tokens_per_call_mean_${name}`),
      total.prefill[name] / total.calls,
      'tokens',
    );
    emit(metric(`prefill_over_dialogue_new_${name}`), total.prefill[name] / total.fresh, 'ratio');
  }
}

for (const profile of ['cra-exact', 'cra-chat'] satisfies PromptProfileId[]) {
  await benchProfile(profile, 10, 11, '');
  await benchProfile(profile, 3, 30, '30_turns/');
}
