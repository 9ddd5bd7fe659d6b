import type { Page } from '@playwright/test';
import { messages, sendMessage, waitForReplyDone } from '../app/scripted';
import { demoReplyStart, demoUrl } from './demo-script';
import { openApp, shownWithin, waitForEngine, waitForTurns } from './app-pages';
import { expect, test } from './fault-tally';

// The one fault spec that lets the service worker run: it is what is under test.
test.use({ serviceWorkers: 'allow' });

const controlled = (page: Page) => page.evaluate(() => navigator.serviceWorker.controller !== null);

test('with the network off after the first visit, the app loads and scripted mode works', async ({
  context,
  page,
  faults,
}) => {
  test.setTimeout(90_000);
  await openApp(page, demoUrl);
  // The first visit installs the worker and precaches the shell; it controls pages from the
  // next load on (registerType 'prompt' does not claim open pages).
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible({
    timeout: 30_000,
  });
  await page.reload();
  await waitForEngine(page);
  await expect.poll(() => controlled(page)).toBe(true);
  await sendMessage(page, 'hello while online');
  await expect(messages(page).getByText(demoReplyStart)).toBeVisible({ timeout: 20_000 });
  await waitForReplyDone(page);

  await context.setOffline(true);
  const online = await page.evaluate(() => navigator.onLine);

  // Fault 1: reload with the network off.
  const reloadProblems: string[] = online ? ['the page still thinks it is online'] : [];
  // Proof that the network really is off: what the precache lacks cannot be fetched.
  const reachable = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}.json`).then(
      () => true,
      () => false,
    ),
  );
  expect(reachable, 'the network is still reachable').toBe(false);
  await page.reload();
  await openApp(page, demoUrl).catch(() => reloadProblems.push('the app did not load'));
  const banner = page.getByRole('status', { name: 'Engine' });
  if (!(await shownWithin(banner.getByText('Scripted replies'), 5_000)))
    reloadProblems.push(`the engine says "${await banner.textContent().catch(() => '')}"`);
  const [saved] = await waitForTurns(page, 1).catch(() => []);
  if (saved?.user !== 'hello while online')
    faults.lost('the conversation from before going offline');
  faults.check('reload offline', reloadProblems);

  // Fault 2: a new message offline, answered by the script from the precache.
  const sendProblems: string[] = [];
  await page.getByRole('button', { name: 'New conversation' }).click();
  await sendMessage(page, 'hello while offline');
  const answered = await messages(page)
    .getByText(demoReplyStart)
    .waitFor({ timeout: 20_000 })
    .then(() => true)
    .catch(() => false);
  if (!answered) sendProblems.push('no scripted reply offline');
  await waitForReplyDone(page);
  faults.check('scripted reply offline', sendProblems);

  // Fault 3: a brand-new tab opened offline.
  const tab = await context.newPage();
  const tabProblems: string[] = [];
  await openApp(tab, demoUrl).catch(() => tabProblems.push('a new tab did not load'));
  const list = tab.getByRole('list', { name: 'Conversation list' }).getByRole('listitem');
  if ((await list.count()) !== 2) tabProblems.push(`${await list.count()} conversations listed`);
  faults.check('new tab offline', tabProblems);

  await context.setOffline(false);
  expect(faults.failures).toEqual([]);
});
