import type { FullConfig } from '@playwright/test';
import { summarizeFaults, summaryLine } from './fault-summary';
import { RESULTS_FILE } from './fault-tally';
import { join } from 'node:path';

/**
 * Optional: prints the totals after the whole run, whichever spec ran last. Only needed if
 * zz-summary.spec.ts is not run (e.g. with --grep); enable with
 * `globalTeardown: './e2e/faults/global-teardown.ts'` in playwright.config.ts.
 */
export default function globalTeardown(config: FullConfig): void {
  const faults = config.projects.find((project) => project.name === 'faults');
  if (!faults) return;
  const summary = summarizeFaults(join(faults.outputDir, RESULTS_FILE));
  if (summary.tests > 0) console.log(summaryLine(summary));
}
