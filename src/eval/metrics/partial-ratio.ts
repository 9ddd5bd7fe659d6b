/**
 * fuzzywuzzy's `fuzz.partial_ratio`, which the CoALM authors' MultiWOZ evaluator uses to compare
 * slot values (a value matches when the score is above 95). Ported from the pure-Python
 * fuzzywuzzy path, which runs on Python's `difflib.SequenceMatcher` (autojunk on, no junk
 * function), so the scores are the same as that evaluator's: the best `ratio` of the shorter
 * string against a window of the longer one, placed at each matching block.
 */

interface Match {
  a: number;
  b: number;
  size: number;
}

/** difflib's b2j with its "popular element" heuristic (autojunk) for sequences of 200 or more. */
function indexOfB(b: readonly string[]): Map<string, number[]> {
  const b2j = new Map<string, number[]>();
  b.forEach((element, index) => {
    const positions = b2j.get(element);
    if (positions) positions.push(index);
    else b2j.set(element, [index]);
  });
  if (b.length >= 200) {
    const popular = Math.floor(b.length / 100) + 1;
    for (const [element, positions] of [...b2j])
      if (positions.length > popular) b2j.delete(element);
  }
  return b2j;
}

function longestMatch(
  a: readonly string[],
  b: readonly string[],
  b2j: Map<string, number[]>,
  [aLow, aHigh, bLow, bHigh]: readonly [number, number, number, number],
): Match {
  let bestI = aLow;
  let bestJ = bLow;
  let bestSize = 0;
  let lengths = new Map<number, number>();
  for (let i = aLow; i < aHigh; i += 1) {
    const next = new Map<number, number>();
    for (const j of b2j.get(a[i] ?? '') ?? []) {
      if (j < bLow) continue;
      if (j >= bHigh) break;
      const size = (lengths.get(j - 1) ?? 0) + 1;
      next.set(j, size);
      if (size > bestSize) {
        bestI = i - size + 1;
        bestJ = j - size + 1;
        bestSize = size;
      }
    }
    lengths = next;
  }
  // Popular elements are missing from b2j but are not junk: difflib extends matches over them.
  while (bestI > aLow && bestJ > bLow && a[bestI - 1] === b[bestJ - 1]) {
    bestI -= 1;
    bestJ -= 1;
    bestSize += 1;
  }
  while (
    bestI + bestSize < aHigh &&
    bestJ + bestSize < bHigh &&
    a[bestI + bestSize] === b[bestJ + bestSize]
  )
    bestSize += 1;
  return { a: bestI, b: bestJ, size: bestSize };
}

/** difflib's get_matching_blocks: sorted, adjacent blocks merged, ending with (len a, len b, 0). */
export function matchingBlocks(a: readonly string[], b: readonly string[]): Match[] {
  const b2j = indexOfB(b);
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]];
  const found: Match[] = [];
  while (queue.length > 0) {
    const range = queue.pop()!;
    const match = longestMatch(a, b, b2j, range);
    if (match.size === 0) continue;
    found.push(match);
    const [aLow, aHigh, bLow, bHigh] = range;
    if (aLow < match.a && bLow < match.b) queue.push([aLow, match.a, bLow, match.b]);
    if (match.a + match.size < aHigh && match.b + match.size < bHigh)
      queue.push([match.a + match.size, aHigh, match.b + match.size, bHigh]);
  }
  found.sort((left, right) => left.a - right.a || left.b - right.b || left.size - right.size);
  const merged: Match[] = [];
  let current: Match = { a: 0, b: 0, size: 0 };
  for (const block of found) {
    if (current.a + current.size === block.a && current.b + current.size === block.b)
      current = { ...current, size: current.size + block.size };
    else {
      if (current.size > 0) merged.push(current);
      current = block;
    }
  }
  if (current.size > 0) merged.push(current);
  merged.push({ a: a.length, b: b.length, size: 0 });
  return merged;
}

/** difflib's SequenceMatcher.ratio: 2 * matched / total length. */
export function sequenceRatio(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  const matched = matchingBlocks(a, b).reduce((sum, block) => sum + block.size, 0);
  return (2 * matched) / total;
}

/** Python's round(): halves go to the even neighbour, as fuzzywuzzy's intr() does. */
function roundHalfEven(value: number): number {
  const floor = Math.floor(value);
  const fraction = value - floor;
  if (Math.abs(fraction - 0.5) > 1e-9) return Math.round(value);
  return floor % 2 === 0 ? floor : floor + 1;
}

/** 0..100, as fuzzywuzzy's fuzz.partial_ratio (no lower-casing or other processing). */
export function partialRatio(first: string, second: string): number {
  if (first === second) return 100;
  if (first.length === 0 || second.length === 0) return 0;
  // Code points, as Python iterates a str.
  const [shorter, longer] =
    [...first].length <= [...second].length ? [[...first], [...second]] : [[...second], [...first]];
  let best = 0;
  for (const block of matchingBlocks(shorter, longer)) {
    const start = Math.max(0, block.b - block.a);
    const window = longer.slice(start, start + shorter.length);
    const ratio = sequenceRatio(shorter, window);
    if (ratio > 0.995) return 100;
    best = Math.max(best, ratio);
  }
  return roundHalfEven(100 * best);
}

/** The CoALM authors' evaluator counts two slot values the same when partial_ratio > 95. */
export const FUZZY_THRESHOLD = 95;

export function fuzzyEqual(first: string, second: string): boolean {
  return partialRatio(first, second) > FUZZY_THRESHOLD;
}
