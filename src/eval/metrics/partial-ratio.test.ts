import { describe, expect, it } from 'vitest';
import { fuzzyEqual, partialRatio } from './partial-ratio';

// Expected scores computed with fuzzywuzzy's pure-Python partial_ratio (difflib.SequenceMatcher).
// rapidfuzz scores some of these pairs differently (e.g. centre/center 90.9, not 83).
const reference: [string, string, number][] = [
  ['centre', 'center', 83],
  ['the cambridge belfry', 'cambridge belfry', 100],
  ['19:00', '19:15', 60],
  ['moderate', 'moderately priced', 100],
  ['guesthouse', 'guest house', 90],
  ['4', 'for 4 people', 100],
  ['cheap', 'expensive', 40],
  ['london kings cross', 'london liverpool street', 50],
  ['tr1234', 'tr1243', 83],
  ['saturday', 'sunday', 67],
  ['alexander bed and breakfast', 'alexander b&b', 85],
  ['', 'abc', 0],
  ['17:45', '7:45', 100],
  ['aaaa', 'aaab', 75],
  ['abcdefgh', 'xxabcdxxefgh', 75],
  ['abcx'.repeat(70), 'abcxabc', 100],
  ['abc'.repeat(80), 'abcx'.repeat(70), 1],
];

describe('partialRatio', () => {
  it.each(reference)('%s ~ %s scores %d, as fuzzywuzzy does', (first, second, expected) => {
    expect(partialRatio(first, second)).toBe(expected);
    expect(partialRatio(second, first)).toBe(expected);
  });

  it('is 100 for equal strings, even empty ones', () => {
    expect(partialRatio('', '')).toBe(100);
    expect(partialRatio('centre', 'centre')).toBe(100);
  });

  it('counts a value the same above 95 only', () => {
    expect(fuzzyEqual('the cambridge belfry', 'cambridge belfry')).toBe(true);
    expect(fuzzyEqual('guesthouse', 'guest house')).toBe(false);
    expect(fuzzyEqual('19:00', '19:15')).toBe(false);
  });
});
