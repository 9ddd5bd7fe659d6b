import type { Turn } from '../conversation/conversation';
import type { TokenCounter } from '../context/token-counter';

/*
 * Finished turns are re-rendered and re-counted on every call; at turn 30 that would be most of
 * the work of building a prompt. Results are kept per turn object, so a turn that is replaced
 * (edited, reloaded) is simply computed again. Only finished turns may be memoised.
 */
const memo = new WeakMap<Turn, Map<string, unknown>>();
const counterIds = new WeakMap<TokenCounter, number>();
let nextCounterId = 1;

export function counterKey(counter: TokenCounter): string {
  let id = counterIds.get(counter);
  if (id === undefined) {
    id = nextCounterId++;
    counterIds.set(counter, id);
  }
  return `counter${id}`;
}

export function memoByTurn<T>(turn: Turn, key: string, compute: () => T): T {
  let entries = memo.get(turn);
  if (!entries) {
    entries = new Map();
    memo.set(turn, entries);
  }
  if (entries.has(key)) return entries.get(key) as T;
  const value = compute();
  entries.set(key, value);
  return value;
}

/*
 * Instruction blocks and system messages repeat on every call; their counts are kept by text.
 * The map is small and cleared when full, since only a handful of texts recur.
 */
const textCounts = new WeakMap<TokenCounter, Map<string, number>>();
const TEXT_MEMO_LIMIT = 32;

export function countRepeatedText(text: string, counter: TokenCounter): number {
  let counts = textCounts.get(counter);
  if (!counts) {
    counts = new Map();
    textCounts.set(counter, counts);
  }
  const known = counts.get(text);
  if (known !== undefined) return known;
  if (counts.size >= TEXT_MEMO_LIMIT) counts.clear();
  const count = counter.count(text);
  counts.set(text, count);
  return count;
}
