import { beforeAll, describe, expect, it } from 'vitest';
import type { WalkthroughResult } from './evaluation-result';
import { runEvaluation } from './run-evaluation';
import {
  MISTAKE_LOWERS,
  checkedMetrics,
  scriptedResultProblems,
  type CheckedMetric,
} from './scripted-expectations';
import { buildWalkthroughs } from './walkthroughs/index';

/** Every walkthrough with a deliberate mistake, ideal and mistaken variants, one profile. */
let results: WalkthroughResult[];
beforeAll(async () => {
  const walkthroughs = (await buildWalkthroughs()).filter((item) => item.mistakes?.length);
  const run = await runEvaluation({
    id: 'mutation',
    walkthroughs,
    profiles: ['cra-exact'],
    engine: { kind: 'scripted' },
  });
  results = run.results;
}, 60_000);

const METRICS: CheckedMetric[] = [
  'inform',
  'success',
  'jga',
  'jgaFuzzy',
  'apiAccuracy',
  'slotF1',
  'bookingCorrect',
];

/** A metric broken to always say `value`, as a bug in its code would. */
function mutate(result: WalkthroughResult, metric: CheckedMetric, value: 0 | 1): WalkthroughResult {
  const flag = value === 1;
  switch (metric) {
    case 'inform':
      return { ...result, inform: flag };
    case 'success':
      return { ...result, success: flag };
    case 'jga':
      return { ...result, jointGoalAccuracy: value };
    case 'jgaFuzzy':
      return { ...result, jointGoalAccuracyFuzzy: value };
    case 'apiAccuracy':
      return { ...result, calls: { ...result.calls, accuracy: value } };
    case 'slotF1':
      return { ...result, calls: { ...result.calls, slotF1: value } };
    case 'bookingCorrect':
      return { ...result, bookingCorrect: result.bookingCorrect === null ? null : flag };
  }
}

const metrics = (): CheckedMetric[] => Object.keys(checkedMetrics(results[0]!)) as CheckedMetric[];

describe('the scripted check', () => {
  it('passes the real metrics, with a variant for every mistake and every metric lowered by one', () => {
    expect(results.flatMap(scriptedResultProblems)).toEqual([]);
    const variants = new Set(results.map((result) => result.variant));
    for (const kind of Object.keys(MISTAKE_LOWERS)) expect(variants).toContain(kind);
    const lowered = new Set(Object.values(MISTAKE_LOWERS).flat());
    expect([...lowered].sort()).toEqual(metrics().sort());
  });

  it.each(METRICS.flatMap((metric) => [[metric, 1] as const, [metric, 0] as const]))(
    'fails when %s is mutated to the constant %d',
    (metric, value) => {
      const problems = results
        .map((result) => mutate(result, metric, value))
        .flatMap(scriptedResultProblems);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.some((problem) => problem.includes(metric))).toBe(true);
    },
  );
});
