import { describe, expect, it } from 'vitest';
import {
  compareText,
  createSeededRandom,
  expandCounts,
  hashText,
  integerBetween,
  shuffled,
  unitFromKey,
} from './seeded-random';

describe('seeded random', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const first = createSeededRandom(42);
    const second = createSeededRandom(42);
    const sequence = Array.from({ length: 5 }, () => first());
    expect(Array.from({ length: 5 }, () => second())).toEqual(sequence);
    const other = createSeededRandom(43);
    expect(Array.from({ length: 5 }, () => other())).not.toEqual(sequence);
    for (const value of sequence) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('draws integers within bounds, covering both ends', () => {
    const random = createSeededRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => integerBetween(random, 3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const output = shuffled(createSeededRandom(5), input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...output].sort()).toEqual(input);
    expect(output).not.toEqual(input);
  });

  it('hashes text and keys stably', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(unitFromKey(1, 'table')).toBe(unitFromKey(1, 'table'));
    expect(unitFromKey(1, 'table')).not.toBe(unitFromKey(2, 'table'));
  });

  it('expands counts and compares text by code unit', () => {
    expect(
      expandCounts([
        ['a', 2],
        ['b', 1],
      ]),
    ).toEqual(['a', 'a', 'b']);
    expect(['b', 'a', 'B'].sort(compareText)).toEqual(['B', 'a', 'b']);
  });
});
