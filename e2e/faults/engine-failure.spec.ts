import type { Page } from '@playwright/test';
import { messages, routeScript, scriptedUrl, sendMessage, waitForReplyDone } from '../app/scripted';
import { openApp, readTurns, shownWithin, waitForEngine, waitForTurns } from './app-pages';
import { expect, test, type FaultTally } from './fault-tally';
import { waitForSavedTurn } from './raw-indexeddb';

test.use({ serviceWorkers: 'block' });

test('the scripted model runs out mid-conversation: the turn fails clearly and can be retried', async ({
  page,
  faults,
}) => {
  const url = await routeScript(page, 'short', {
    tokenDelayMs: 0,
    outputs: ['System: Only one answer is scripted.'],
  });
  await openApp(page, url);
  await sendMessage(page, 'first');
  await waitForReplyDone(page);
  await sendMessage(page, 'second');
  await waitForReplyDone(page);

  const problems: string[] = [];
  const [first, second] = await readTurns(page);
  if (first?.reply !== 'Only one answer is scripted.') faults.lost('the first answer');
  if (second?.user !== 'second') faults.lost('the second message');
  if (second?.status !== 'error') problems.push(`the failed turn shows as ${second?.status}`);
  // The turn is labelled failed, and the reason is given: as a notice, or in the turn's trace.
  const reason = page.getByText(/scripted outputs were used/).first();
  if (!(await shownWithin(reason, 5_000))) problems.push('no message says why it failed');
  const regenerate = messages(page).getByRole('button', { name: 'Regenerate reply 2' });
  if ((await regenerate.count()) !== 1) problems.push('no Regenerate on the failed turn');

  // A reload starts the script again: retrying the failed turn now gets an answer.
  await page.reload();
  await waitForEngine(page);
  const turns = await waitForTurns(page, 2);
  if (turns[0]?.reply !== 'Only one answer is scripted.')
    faults.lost('the first answer after reload');
  if (turns[1]?.user !== 'second') faults.lost('the failed message after reload');
  await messages(page).getByRole('button', { name: 'Regenerate reply 2' }).click();
  await waitForReplyDone(page);
  const retried = await readTurns(page);
  if (retried.length !== 2 || retried[1]?.reply !== 'Only one answer is scripted.')
    problems.push(`retry did not answer: ${JSON.stringify(retried.at(-1))}`);
  faults.check('script exhausted mid-conversation', problems);
  expect(faults.failures).toEqual([]);
});

/** A conversation saved by a working page, then the app opened with a broken script. */
async function brokenScript(
  page: Page,
  faults: FaultTally,
  fault: string,
  serve: (route: Parameters<Parameters<Page['route']>[1]>[0]) => Promise<void>,
  expectedMessage: RegExp,
): Promise<void> {
  const good = await routeScript(page, 'good', {
    tokenDelayMs: 0,
    outputs: ['System: Saved before the script broke.'],
  });
  await openApp(page, good);
  await sendMessage(page, 'keep this');
  await waitForReplyDone(page);
  // The check is about a saved conversation surviving a broken script, so it must be saved
  // before the page goes: the chat shows the reply done a moment before its last write lands.
  await waitForSavedTurn(page, 'keep this');

  const brokenPath = '/e2e-scripts/broken.json';
  await page.route(`**${brokenPath}`, serve);
  await openApp(page, scriptedUrl(brokenPath));
  const problems: string[] = [];
  const banner = page.getByRole('alert', { name: 'Engine' });
  const bannerText = (await banner.textContent({ timeout: 5_000 }).catch(() => null)) ?? '';
  if (!expectedMessage.test(bannerText)) problems.push(`the banner says "${bannerText}"`);
  const [kept] = await waitForTurns(page, 1);
  if (kept?.user !== 'keep this' || kept.reply !== 'Saved before the script broke.')
    faults.lost(`the saved conversation (${fault})`);

  // Sending without a model explains itself beside the box and keeps the message there.
  await sendMessage(page, 'anyone there?');
  const noModel = page.locator('#composer-note').filter({ hasText: /Not sent: no model is ready/ });
  if (!(await shownWithin(noModel, 5_000))) problems.push('sending said nothing');
  if ((await page.getByLabel('Message', { exact: true }).inputValue()) !== 'anyone there?')
    problems.push('the unsent message left the box');
  if ((await readTurns(page)).length !== 1) problems.push('the conversation changed');

  // The retry path: once the script is fixed, reloading brings scripted mode back.
  await page.unroute(`**${brokenPath}`);
  await routeScript(page, 'broken', { tokenDelayMs: 0, outputs: ['System: Back again.'] });
  await page.reload();
  await waitForEngine(page);
  await sendMessage(page, 'retry');
  await waitForReplyDone(page);
  const turns = await readTurns(page);
  if (turns.at(-1)?.reply !== 'Back again.') problems.push('no reply after the reload');
  if (turns[0]?.reply !== 'Saved before the script broke.')
    faults.lost(`the first turn (${fault})`);
  faults.check(fault, problems);
}

const brokenScripts: [
  string,
  (route: Parameters<Parameters<Page['route']>[1]>[0]) => Promise<void>,
  RegExp,
][] = [
  ['script answers 404', (route) => route.fulfill({ status: 404, body: 'not here' }), /HTTP 404/],
  [
    'script is not JSON',
    (route) =>
      route.fulfill({ contentType: 'application/json', body: '{"outputs": ["System: cut' }),
    /not valid JSON/,
  ],
  [
    'script has no outputs',
    (route) => route.fulfill({ contentType: 'application/json', body: '{"outputs": []}' }),
    /non-empty "outputs"/,
  ],
  [
    'script outputs are not text',
    (route) => route.fulfill({ contentType: 'application/json', body: '{"outputs": [42]}' }),
    /outputs\[0\] is not a string/,
  ],
  [
    'script download fails',
    (route) => route.abort('connectionreset'),
    /Could not fetch the script/,
  ],
];

for (const [fault, serve, expectedMessage] of brokenScripts) {
  test(`broken script: ${fault}`, async ({ page, faults }) => {
    await brokenScript(page, faults, fault, serve, expectedMessage);
    expect(faults.failures).toEqual([]);
  });
}
