/**
 * Repeatable generation: one seeded generator (mulberry32) and the draws made from it, so the
 * world, fuzz inputs and fault points come out the same for the same seed in every browser and
 * in Node.
 */

/** A source of uniform numbers in [0, 1), like Math.random; injected so runs are repeatable. */
export type RandomSource = () => number;

/**
 * mulberry32: tiny, fast and good enough for a make-believe world, fuzz inputs and fault points.
 * The same seed gives the same sequence in every browser and in Node.
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the text: a stable 32-bit hash, the same in every browser and in Node. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * A number in [0, 1) fixed by the seed and the key, so availability of a table or room is a
 * property of the world rather than of the order in which requests arrive.
 */
export function unitFromKey(seed: number, key: string): number {
  return createSeededRandom(hashText(`${seed}|${key}`))();
}

export function integerBetween(random: RandomSource, minimum: number, maximum: number): number {
  return minimum + Math.floor(random() * (maximum - minimum + 1));
}

export function pickOne<T>(random: RandomSource, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pickOne needs a non-empty list');
  return item;
}

/** Fisher-Yates on a copy. */
export function shuffled<T>(random: RandomSource, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** [['indian', 2], ['thai', 1]] -> ['indian', 'indian', 'thai'] */
export function expandCounts<T>(counts: readonly (readonly [T, number])[]): T[] {
  return counts.flatMap(([value, count]) => Array.from({ length: count }, () => value));
}

/** Code-unit order: the same everywhere, unlike localeCompare. */
export function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}
