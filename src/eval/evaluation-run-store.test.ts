import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../core/storage/memory-key-value-store';
import type { EvaluationRun } from './evaluation-result';
import { createEvaluationRunStore } from './evaluation-run-store';

const run = (id: string, startedAt: number): EvaluationRun => ({
  id,
  startedAt,
  finishedAt: startedAt + 1,
  modelId: 'scripted',
  engine: 'scripted',
  profiles: ['cra-exact'],
  options: {},
  results: [],
  summaries: [],
});

describe('evaluation run store', () => {
  it('keeps runs under eval-run:<id>, lists summaries newest first and deletes both', async () => {
    const keyValues = createMemoryKeyValueStore();
    const runs = createEvaluationRunStore(keyValues);
    await runs.save(run('a', 1));
    await runs.save(run('b', 2));
    expect(await keyValues.keys()).toContain('eval-run:a');
    expect((await runs.list()).map((summary) => summary.id)).toEqual(['b', 'a']);
    expect((await runs.get('a'))?.modelId).toBe('scripted');
    await runs.delete('a');
    expect((await runs.list()).map((summary) => summary.id)).toEqual(['b']);
    expect(await runs.get('a')).toBeUndefined();
  });
});
