import { routeScript, sendMessage, waitForReplyDone } from '../app/scripted';
import { alerts, openApp, readTurns, shownWithin, waitForTurns } from './app-pages';
import { expect, test } from './fault-tally';
import { readRaw, writeRaw } from './raw-indexeddb';

test.use({ serviceWorkers: 'block' });

/** Storage switched off, as in some private modes: opening any database throws. */
function refuseIndexedDb(): void {
  IDBFactory.prototype.open = function () {
    throw new DOMException('The database is not available in this mode.', 'InvalidStateError');
  };
}

test('no IndexedDB at all: the app says so and still answers, in memory', async ({
  page,
  faults,
}) => {
  await page.addInitScript(refuseIndexedDb);
  const problems: string[] = [];
  await openApp(
    page,
    await routeScript(page, 'no-storage', { tokenDelayMs: 0, outputs: ['System: Still here.'] }),
  ).catch(() => problems.push('the app did not start'));
  const warned = alerts(page).filter({ hasText: /will not be saved/ });
  if (!(await shownWithin(warned, 5_000))) problems.push('no message that nothing will be saved');
  await sendMessage(page, 'anyone?');
  await waitForReplyDone(page);
  if ((await readTurns(page)).at(-1)?.reply !== 'Still here.') problems.push('no reply');
  faults.check('IndexedDB unavailable', problems);
  expect(faults.failures).toEqual([]);
});

test('data saved by a newer version is reported and left untouched', async ({ page, faults }) => {
  const url = await routeScript(page, 'newer', {
    tokenDelayMs: 0,
    outputs: ['System: Written before the downgrade.', 'System: Written after.'],
  });
  await openApp(page, url);
  await sendMessage(page, 'before the downgrade');
  await waitForReplyDone(page);
  await writeRaw(page, [['schema-version', 99]]);

  await page.reload();
  await openApp(page, url);
  const problems: string[] = [];
  const reported = alerts(page).filter({ hasText: /newer version of the app \(schema 99\)/ });
  if (!(await shownWithin(reported, 5_000))) problems.push('no message about the newer data');
  const [turn] = await waitForTurns(page, 1).catch(() => []);
  if (turn?.reply !== 'Written before the downgrade.') faults.lost('the conversation');
  if ((await readRaw(page, 'schema-version')) !== 99)
    problems.push('the schema version was rewritten');
  faults.check('data from a newer version', problems);
  expect(faults.failures).toEqual([]);
});
