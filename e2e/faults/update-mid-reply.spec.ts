import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { messages, sendMessage, waitForReplyDone } from '../app/scripted';
import { demoUrl } from './demo-script'; // one reply that streams for a few seconds
import { openApp, readTurns, shownWithin, waitForEngine, waitForTurns } from './app-pages';
import { expect, test } from './fault-tally';

test.use({ serviceWorkers: 'allow' });

/**
 * Changes one byte of the served sw.js (the source map comment, so the worker behaves the same)
 * and returns the function that puts it back. The preview server reads files on each request;
 * the length stays the same because it sends the length it saw at start-up.
 */
function publishNextVersion(testInfo: TestInfo): () => void {
  const distDir = process.env.E2E_DIST ?? 'dist';
  const path = resolve(dirname(testInfo.config.configFile ?? '.'), distDir, 'sw.js');
  const original = readFileSync(path, 'utf8');
  const next = original.replace(/sw\.js\.map(\s*)$/, 'sw.js.mAp$1');
  if (next === original) throw new Error(`${path} does not end with its source map comment`);
  writeFileSync(path, next);
  return () => writeFileSync(path, original);
}

const controllerUrl = (page: Page) =>
  page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);

test('a new version published mid-reply waits until the reply is finished', async ({
  page,
  faults,
}, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page, demoUrl);
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible({
    timeout: 30_000,
  });
  await page.reload();
  await waitForEngine(page);
  await expect.poll(() => controllerUrl(page)).not.toBeNull();

  // The next deployment: the served worker gets different bytes, which makes it a new version.
  // (page.route never sees the browser's own update check of the worker script.)
  const restore = publishNextVersion(testInfo);
  const problems: string[] = [];
  try {
    await sendMessage(page, 'hello');
    await expect(page.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    const reload = prompt.getByRole('button', { name: 'Reload to update' });
    await expect(prompt).toBeVisible({ timeout: 20_000 });
    if ((await page.getByRole('button', { name: 'Stop', exact: true }).count()) === 0)
      problems.push('the reply ended before the new version arrived; nothing was tested');
    if (await reload.isEnabled()) problems.push('the update could be applied mid-reply');
    if (!(await shownWithin(prompt.getByText(/when the current reply has finished/), 5_000)))
      problems.push('no reason given for the disabled button');

    await waitForReplyDone(page);
    await expect(reload).toBeEnabled();
    const before = await readTurns(page);
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await expect(prompt).toHaveCount(0);
    const after = await waitForTurns(page, before.length);
    const stillWaiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
    );
    if (stillWaiting) problems.push('the new version is still waiting after the reload');
    if (after.at(-1)?.status !== 'complete' || after.at(-1)?.reply !== before.at(-1)?.reply)
      faults.lost(`the reply across the update (${JSON.stringify(after.at(-1))})`);
    await expect(messages(page)).toContainText('hello');
  } finally {
    restore();
  }
  faults.check('new version published mid-reply', problems);
  expect(faults.failures).toEqual([]);
});

test('a tab in mid-reply when another tab applies the update reloads only after its reply', async ({
  context,
  page,
  faults,
}, testInfo) => {
  test.setTimeout(90_000);
  await openApp(page, demoUrl);
  await expect(page.getByRole('status').filter({ hasText: 'Ready to work offline' })).toBeVisible({
    timeout: 30_000,
  });
  await page.reload();
  const other = await context.newPage();
  await openApp(other, demoUrl);
  await expect.poll(() => controllerUrl(other)).not.toBeNull();

  const restore = publishNextVersion(testInfo);
  const problems: string[] = [];
  try {
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    const promptIn = (tab: Page) =>
      tab.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(promptIn(page)).toBeVisible({ timeout: 20_000 });
    await expect(promptIn(other)).toBeVisible({ timeout: 20_000 });

    // The other tab starts a reply; this tab, idle, applies the update and reloads.
    await other.evaluate(
      () => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true),
    );
    await sendMessage(other, 'hello from the other tab');
    await expect(other.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
    const otherReloaded = other.waitForEvent('load', { timeout: 30_000 });
    await Promise.all([
      page.waitForEvent('load'),
      promptIn(page).getByRole('button', { name: 'Reload to update' }).click(),
    ]);

    const pending = other
      .getByRole('status')
      .filter({ hasText: 'when the current reply has finished' });
    await expect(pending).toBeVisible();
    const stillStreaming =
      (await other.getByRole('button', { name: 'Stop', exact: true }).count()) === 1;
    if (!stillStreaming) problems.push('the reply ended before the update; nothing was tested');
    const sameDocument = await other.evaluate(
      () => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true,
    );
    if (!sameDocument) problems.push('the other tab reloaded in mid-reply');

    await waitForReplyDone(other).catch(() => problems.push('the reply did not finish'));
    const before = await readTurns(other).catch(() => []);
    await otherReloaded.catch(() => problems.push('the other tab never reloaded into the update'));
    const after = await waitForTurns(other, 1);
    const reply = after.find((turn) => turn.user === 'hello from the other tab');
    if (reply?.status !== 'complete')
      faults.lost(`the other tab's reply (${JSON.stringify(reply)})`);
    if (before.length > 0 && reply?.reply !== before.at(-1)?.reply)
      problems.push('the reply changed across the reload');
  } finally {
    restore();
  }
  faults.check('another tab applies the update mid-reply', problems);
  expect(faults.failures).toEqual([]);
});
