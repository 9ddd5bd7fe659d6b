import { expect, test } from '@playwright/test';
import { summarizeFaults, summaryLine } from './fault-summary';
import { resultsPath } from './fault-tally';

// Named to sort last: with one worker the fault specs run in file order, so this one adds up
// what the others wrote.
// eslint-disable-next-line no-empty-pattern -- Playwright reads fixtures from a destructured argument
test('summary: every fault tried was survived and no data was lost', async ({}, testInfo) => {
  const summary = summarizeFaults(resultsPath(testInfo));
  console.log(summaryLine(summary));
  if (summary.retried > 0) console.log(`  (${summary.retried} fault tests passed only on a retry)`);
  for (const failure of summary.failures) console.log(`  ${failure}`);
  expect(summary.tests, 'no fault test wrote results before the summary').toBeGreaterThan(0);
  expect(summary.dataLost).toBe(0);
  expect(summary.survived).toBe(summary.tried);
});
