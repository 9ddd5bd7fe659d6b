import { existsSync, readFileSync } from 'node:fs';
import type { FaultRecord } from './fault-tally';

export interface FaultSummary {
  tests: number;
  tried: number;
  survived: number;
  dataLost: number;
  failures: string[];
}

/** Adds up the results file; a missing file means no fault test ran. */
export function summarizeFaults(path: string): FaultSummary {
  const summary: FaultSummary = { tests: 0, tried: 0, survived: 0, dataLost: 0, failures: [] };
  if (!existsSync(path)) return summary;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as FaultRecord;
    summary.tests += 1;
    summary.tried += record.tried;
    summary.survived += record.survived;
    summary.dataLost += record.dataLost;
    summary.failures.push(...record.failures.map((failure) => `${record.test}: ${failure}`));
  }
  return summary;
}

export function summaryLine(summary: FaultSummary): string {
  return `faults tried ${summary.tried}, survived ${summary.survived}, data lost ${summary.dataLost}`;
}
