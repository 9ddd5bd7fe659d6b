import { appendFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { test as base, type TestInfo } from '@playwright/test';

/** One line of the results file: what a test tried and what the app survived. */
export interface FaultRecord {
  test: string;
  /** Playwright's test id and attempt: a retried test counts by its last attempt only. */
  testId: string;
  retry: number;
  /** The spec file it came from, e.g. `tabs-random`: the summary counts the tab tests apart. */
  area: string;
  tried: number;
  survived: number;
  dataLost: number;
  /** What went wrong, one line per fault that was not survived. */
  failures: string[];
}

export const RESULTS_FILE = 'faults-results.jsonl';

/** The results file of this run: inside the project's output folder, which each run empties. */
export function resultsPath(info: Pick<TestInfo, 'project'>): string {
  return join(info.project.outputDir, RESULTS_FILE);
}

/**
 * Counts the faults one test injects. `survived(fault)` when the app came through it,
 * `failed(fault, why)` when not, `lost(what)` for each piece of data that was gone afterwards.
 */
export class FaultTally {
  private readonly record: FaultRecord;

  constructor(title: string, testId = title, retry = 0, area = '') {
    this.record = {
      test: title,
      testId,
      retry,
      area,
      tried: 0,
      survived: 0,
      dataLost: 0,
      failures: [],
    };
  }

  survived(): void {
    this.record.tried += 1;
    this.record.survived += 1;
  }

  failed(fault: string, why: string): void {
    this.record.tried += 1;
    this.record.failures.push(`${fault}: ${why}`);
  }

  /** Counts one fault as survived when `problems` is empty. */
  check(fault: string, problems: readonly string[]): void {
    if (problems.length === 0) this.survived();
    else this.failed(fault, problems.join('; '));
  }

  lost(what: string): void {
    this.record.dataLost += 1;
    this.record.failures.push(`data lost: ${what}`);
  }

  get failures(): readonly string[] {
    return this.record.failures;
  }

  get counts(): Readonly<FaultRecord> {
    return this.record;
  }

  write(path: string): void {
    mkdirSync(join(path, '..'), { recursive: true });
    appendFileSync(path, `${JSON.stringify(this.record)}\n`);
  }
}

/**
 * `test` with a `faults` tally that is written to the results file when the test ends, pass or
 * fail, so the summary counts every fault that was tried.
 */
export const test = base.extend<{ faults: FaultTally }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from a destructured argument
  faults: async ({}, use, testInfo) => {
    const area = basename(testInfo.file).replace(/\.spec\.ts$/, '');
    const tally = new FaultTally(testInfo.title, testInfo.testId, testInfo.retry, area);
    await use(tally);
    tally.write(resultsPath(testInfo));
  },
});

export { expect } from '@playwright/test';
