/**
 * How the model servers reuse a prompt's leading tokens, simulated on token ids, so the prefix
 * bench can say what each server would prefill for the same conversation. Each model answers
 * "how many leading tokens of this request are served from the cache" and then remembers the
 * request with its generated output. One instance serves one conversation; sizes are unlimited.
 *
 * - vLLM: automatic prefix caching keeps full 16-token blocks, each keyed by its whole prefix,
 *   in one cache shared by all requests; a request reuses its longest run of cached blocks.
 * - SGLang: RadixAttention is the same idea at single-token granularity. Since it remembers
 *   every earlier sequence token by token, it is also the floor for any prefix cache.
 * - llama.cpp without its host-memory prompt cache: each slot holds the one sequence it last
 *   ran, and a request reuses its common prefix with its slot. llama-server picks the idle slot
 *   whose sequence shares the largest part of the new prompt (above a 10% similarity),
 *   otherwise the least recently used one (`get_available_slot`).
 * - Ollama before 0.30 (its own runners, `InputCache`): by default the slot with the longest
 *   common prefix, the first on a tie, empty or not (`findLongestCacheSlot`); so a second slot
 *   never gets used while every prompt shares its first tokens. With OLLAMA_MULTIUSER_CACHE, a
 *   slot whose whole sequence starts the prompt, otherwise the least recently used slot, into
 *   which the longest shared prefix is copied first (`findBestCacheSlot`).
 * With one slot, two prompt families that alternate overwrite each other.
 */

export interface PrefixCacheModel {
  /** Leading tokens of `tokens` served from the cache. */
  cached(tokens: readonly number[]): number;
  /** Remember a finished request: its prompt followed by what the model generated. */
  remember(tokens: readonly number[]): void;
}

/** A trie over token blocks: a path from the root is a cached prefix. */
class BlockTrie implements PrefixCacheModel {
  private readonly root = new Map<string, Map<string, unknown>>();

  constructor(private readonly blockSize: number) {}

  private *blocks(tokens: readonly number[]): Generator<string> {
    for (let end = this.blockSize; end <= tokens.length; end += this.blockSize)
      yield tokens.slice(end - this.blockSize, end).join(',');
  }

  cached(tokens: readonly number[]): number {
    let node = this.root;
    let matched = 0;
    for (const block of this.blocks(tokens)) {
      const next = node.get(block) as Map<string, Map<string, unknown>> | undefined;
      if (!next) break;
      node = next;
      matched += this.blockSize;
    }
    return matched;
  }

  remember(tokens: readonly number[]): void {
    let node = this.root;
    for (const block of this.blocks(tokens)) {
      let next = node.get(block) as Map<string, Map<string, unknown>> | undefined;
      if (!next) {
        next = new Map();
        node.set(block, next);
      }
      node = next;
    }
  }
}

export function commonPrefixLength(a: readonly number[], b: readonly number[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/** llama-server's default `--slot-prompt-similarity`. */
const SLOT_SIMILARITY = 0.1;

/** Which slot a server gives a request. */
type SlotPolicy = 'llama-server' | 'ollama' | 'ollama-multiuser';

interface Slot {
  tokens: readonly number[];
  lastUsed: number;
}

/** The slot to run `tokens` in, and how many of its leading tokens are already computed. */
function chooseSlot(
  slots: readonly Slot[],
  tokens: readonly number[],
  policy: SlotPolicy,
): { index: number; cached: number } {
  const shared = slots.map((slot) => commonPrefixLength(slot.tokens, tokens));
  const longest = shared.indexOf(Math.max(...shared));
  let leastRecent = 0;
  slots.forEach((slot, index) => {
    if (slot.lastUsed < slots[leastRecent]!.lastUsed) leastRecent = index;
  });
  if (policy === 'ollama') return { index: longest, cached: shared[longest]! };
  if (policy === 'ollama-multiuser') {
    const whole = shared[longest] === slots[longest]!.tokens.length;
    return { index: whole ? longest : leastRecent, cached: shared[longest]! };
  }
  let best = -1;
  let bestSimilarity = SLOT_SIMILARITY;
  slots.forEach((slot, index) => {
    const similarity = shared[index]! / tokens.length;
    if (slot.tokens.length > 0 && similarity > bestSimilarity) {
      best = index;
      bestSimilarity = similarity;
    }
  });
  const index = best < 0 ? leastRecent : best;
  return { index, cached: shared[index]! };
}

class SlotCache implements PrefixCacheModel {
  private readonly slots: Slot[];
  private clock = 0;
  /** The slot `cached` chose, which `remember` then fills. */
  private chosen = 0;

  constructor(
    slotCount: number,
    private readonly policy: SlotPolicy,
  ) {
    this.slots = Array.from({ length: slotCount }, () => ({ tokens: [], lastUsed: -1 }));
  }

  cached(tokens: readonly number[]): number {
    const { index, cached } = chooseSlot(this.slots, tokens, this.policy);
    this.chosen = index;
    return cached;
  }

  remember(tokens: readonly number[]): void {
    this.clock += 1;
    this.slots[this.chosen] = { tokens, lastUsed: this.clock };
  }
}

export const serverCacheModels = {
  /** vLLM automatic prefix caching (16-token blocks). */
  vllm_blocks16: () => new BlockTrie(16),
  /** SGLang's radix cache (single tokens): the floor for any prefix cache. */
  sglang_radix: () => new BlockTrie(1),
  /** llama.cpp or Ollama with one slot and no host-memory prompt cache. */
  one_slot: () => new SlotCache(1, 'llama-server'),
  /** llama.cpp with `-np 2`, no host-memory cache. */
  two_slots: () => new SlotCache(2, 'llama-server'),
  /** Ollama before 0.30 with OLLAMA_NUM_PARALLEL=2 alone. */
  ollama_two_slots: () => new SlotCache(2, 'ollama'),
  /** Ollama before 0.30 with OLLAMA_NUM_PARALLEL=2 and OLLAMA_MULTIUSER_CACHE=1. */
  ollama_two_slots_multiuser: () => new SlotCache(2, 'ollama-multiuser'),
} satisfies Record<string, () => PrefixCacheModel>;

export type ServerCacheModelName = keyof typeof serverCacheModels;
