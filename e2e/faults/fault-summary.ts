import { existsSync, readFileSync } from 'node:fs';
import type { FaultRecord } from './fault-tally';

export interface FaultSummary {
  tests: number;
  retried: number;
  tried: number;
  survived: number;
  dataLost: number;
  /** The same counts for the tests with two or three tabs (spec files named tabs-*). */
  tabs: { tried: number; survived: number; dataLost: number };
  failures: string[];
}

/**
 * Adds up the results file; a missing file means no fault test ran. A test that was retried
 * (CI retries once) counts by its last attempt, and the summary says how many were retried.
 */
export function summarizeFaults(path: string): FaultSummary {
  const summary: FaultSummary = {
    tests: 0,
    retried: 0,
    tried: 0,
    survived: 0,
    dataLost: 0,
    tabs: { tried: 0, survived: 0, dataLost: 0 },
    failures: [],
  };
  if (!existsSync(path)) return summary;
  const lastAttempts = new Map<string, FaultRecord>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as FaultRecord;
    const earlier = lastAttempts.get(record.testId);
    if (!earlier || earlier.retry <= record.retry) lastAttempts.set(record.testId, record);
  }
  for (const record of lastAttempts.values()) {
    summary.tests += 1;
    if (record.retry > 0) summary.retried += 1;
    summary.tried += record.tried;
    summary.survived += record.survived;
    summary.dataLost += record.dataLost;
    if (record.area?.startsWith('tabs-')) {
      summary.tabs.tried += record.tried;
      summary.tabs.survived += record.survived;
      summary.tabs.dataLost += record.dataLost;
    }
    summary.failures.push(...record.failures.map((failure) => `${record.test}: ${failure}`));
  }
  return summary;
}

export function summaryLine(summary: FaultSummary): string {
  const { tabs } = summary;
  return (
    `faults tried ${summary.tried}, survived ${summary.survived}, data lost ${summary.dataLost}` +
    ` (between tabs: tried ${tabs.tried}, survived ${tabs.survived}, data lost ${tabs.dataLost})`
  );
}
