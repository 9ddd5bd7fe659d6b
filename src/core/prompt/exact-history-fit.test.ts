import { describe, expect, it } from 'vitest';
import { estimatingCounter } from '../context/token-counter';
import type { Turn } from '../conversation/conversation';
import { fitExactHistory } from './exact-history-fit';
import { searchTurn } from './testing/sample-turns';

/** Ten search turns, each with its own user text and a growing state. */
function turns(count: number): Turn[] {
  return Array.from({ length: count }, (_, index) => {
    const turn = searchTurn();
    return {
      ...turn,
      id: `t${index}`,
      user: `Turn ${index}: a cheap restaurant in the centre, please.`,
      state: { restaurant: { area: 'centre', pricerange: 'cheap', people: String(index + 1) } },
    };
  });
}

const text = (lines: readonly string[]) => lines.join('\n');

describe('fitExactHistory', () => {
  it('keeps everything verbatim when it fits', () => {
    const fitted = fitExactHistory(turns(2), 10_000, 2, estimatingCounter);
    expect(fitted.droppedTurns).toBe(0);
    expect(text(fitted.lines)).toContain("{'name': 'Pizza Hut', 'food': 'italian'}");
  });

  it('keeps older turns verbatim while everything fits', () => {
    const fitted = fitExactHistory(turns(4), 10_000, 2, estimatingCounter);
    const observations = fitted.lines.filter((line) => line.startsWith('Observation:'));
    expect(observations.every((line) => line.includes("'Pizza Hut'"))).toBe(true);
  });

  it('when it no longer fits, shortens the observations of older turns first, latest turns verbatim', () => {
    const all = turns(4);
    const full = fitExactHistory(all, 100_000, 2, estimatingCounter);
    const fitted = fitExactHistory(all, full.tokens - 1, 2, estimatingCounter);
    expect(fitted.droppedTurns).toBe(0);
    const observations = fitted.lines.filter((line) => line.startsWith('Observation:'));
    expect(observations).toHaveLength(4);
    expect(observations.slice(0, 2).every((line) => line.includes("'results_not_shown': 1"))).toBe(
      true,
    );
    expect(observations.slice(2).every((line) => line.includes("'Pizza Hut'"))).toBe(true);
  });

  it('drops the oldest turns under a tight budget, keeping their state in one line', () => {
    const all = turns(10);
    const full = fitExactHistory(all, 100_000, 2, estimatingCounter);
    const fitted = fitExactHistory(all, Math.floor(full.tokens / 3), 2, estimatingCounter);
    expect(fitted.droppedTurns).toBeGreaterThan(3);
    expect(fitted.tokens).toBeLessThanOrEqual(Math.floor(full.tokens / 3));
    expect(fitted.lines[0]).toBe(
      `Dialogue state so far: {'restaurant': {'area': 'centre', 'pricerange': 'cheap', 'people': '${fitted.droppedTurns}'}}`,
    );
    expect(text(fitted.lines)).toContain('Turn 9:');
    expect(text(fitted.lines)).not.toContain('Turn 0:');
    // Deterministic: the same input gives the same lines.
    expect(fitExactHistory(all, Math.floor(full.tokens / 3), 2, estimatingCounter)).toEqual(fitted);
  });

  it('grows only at its end between compactions, so consecutive calls share their prefix', () => {
    const all = turns(30);
    let compactions = 0;
    let previous: string[] = [];
    for (let count = 1; count <= all.length; count += 1) {
      const { lines } = fitExactHistory(all.slice(0, count), 1200, 2, estimatingCounter);
      const appended = previous.every((line, index) => lines[index] === line);
      if (!appended) compactions += 1;
      previous = lines;
    }
    expect(compactions).toBeGreaterThan(0);
    expect(compactions).toBeLessThanOrEqual(all.length / 3);
  });

  it('reports a token count that matches its lines', () => {
    const fitted = fitExactHistory(turns(5), 400, 2, estimatingCounter);
    const counted = fitted.lines.reduce((sum, line) => sum + estimatingCounter.count(line) + 1, 0);
    expect(fitted.tokens).toBe(counted);
  });
});
