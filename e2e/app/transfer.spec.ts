import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { messageBox, messages, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

test('export everything, then import into an empty browser, round-trips', async ({
  page,
  browser,
}) => {
  await page.goto(
    await routeScript(page, 'export', {
      tokenDelayMs: 0,
      outputs: ['System: A **cheap** place in the east is the curry garden.'],
    }),
  );
  await sendMessage(page, 'Somewhere cheap in the east');
  await waitForReplyDone(page);

  const markdownDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = await markdownDownload;
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  expect(await readFile((await markdown.path()) ?? '', 'utf8')).toContain(
    'Somewhere cheap in the east',
  );

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const exported = await readFile((await download.path()) ?? '', 'utf8');

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/');
  await messageBox(other);
  await other.getByLabel('Import').setInputFiles({
    name: 'export.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exported),
  });
  await expect(other.getByText(/Imported 1 conversation/)).toBeVisible();
  await other
    .getByRole('list', { name: 'Conversation list' })
    .getByRole('button', { name: /^Somewhere cheap/ })
    .click();
  await expect(messages(other)).toContainText('Somewhere cheap in the east');
  await expect(messages(other).getByText('cheap', { exact: true })).toBeVisible();
  await fresh.close();
});

test('a hostile import is rejected with a clear message and changes nothing', async ({ page }) => {
  await page.goto('/');
  await messageBox(page);
  // A well-formed envelope carrying a prototype-pollution key and markup in a title.
  const hostile =
    '{"format":"coalm-web-export","version":1,"exportedAt":1,"bookings":[],"conversations":[' +
    '{"id":"x","title":"<img src=x onerror=window.__pwned=1>","createdAt":1,"updatedAt":1,' +
    '"profile":"cra-exact","turns":[],"__proto__":{"polluted":true}}]}';
  await page.getByLabel('Import').setInputFiles({
    name: 'hostile.json',
    mimeType: 'application/json',
    buffer: Buffer.from(hostile),
  });
  await expect(page.getByText(/Nothing was imported: .*forbidden key "__proto__"/)).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Conversation list' }).getByRole('listitem'),
  ).toHaveCount(0);
  expect(
    await page.evaluate(() => (Object.prototype as { polluted?: boolean }).polluted),
  ).toBeUndefined();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
});

test('a file that is not an export is refused with the reason', async ({ page }) => {
  await page.goto('/');
  await messageBox(page);
  await page.getByLabel('Import').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  });
  await expect(
    page.getByText('Nothing was imported: the file is not a coalm-web-export file.'),
  ).toBeVisible();
});

test('importing the same file twice asks about the copies already here', async ({ page }) => {
  await page.goto(
    await routeScript(page, 'import-twice', {
      tokenDelayMs: 0,
      outputs: ['System: The first answer.', 'System: The second answer.'],
    }),
  );
  await sendMessage(page, 'First trip to Ely');
  await waitForReplyDone(page);
  await page.getByRole('button', { name: 'New conversation' }).click();
  await sendMessage(page, 'Second trip to Cambridge');
  await waitForReplyDone(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const exported = await readFile((await (await download).path()) ?? '', 'utf8');
  const importIt = () =>
    page.getByLabel('Import', { exact: true }).setInputFiles({
      name: 'export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
  const list = page.getByRole('list', { name: 'Conversation list' });
  const question = page.getByRole('dialog', { name: 'Some conversations are already here' });
  const notices = page.locator('.notices');

  await importIt();
  await expect(question).toContainText('2 of 2 conversations in this file are already here.');
  const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  await question.getByRole('button', { name: 'Skip them' }).click();
  await expect(question).toBeHidden();
  await expect(notices).toContainText('Imported 0 conversations, skipped 2 already here.');
  await expect(list.getByRole('listitem')).toHaveCount(2);

  // Rename one here; Replace brings back the file's copy, Cancel writes nothing.
  await list.getByRole('button', { name: /^Rename First trip/ }).click();
  await page.getByLabel(/^New title for First trip/).fill('Renamed here');
  await page.getByRole('button', { name: 'Save' }).click();
  await importIt();
  await question.getByRole('button', { name: 'Cancel' }).click();
  await expect(notices).toContainText('Import cancelled: nothing was written.');
  await expect(list.getByRole('button', { name: /^Renamed here/ })).toBeVisible();
  await importIt();
  await question.getByRole('button', { name: 'Replace them' }).click();
  await expect(notices).toContainText('Imported 0 conversations, replaced 2 already here.');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('button', { name: /^First trip to Ely/ })).toBeVisible();

  // Three import reports fold into one area: the newest shown, the others behind "+2 more".
  await expect(notices.locator('.notice')).toHaveCount(1);
  await notices.getByRole('button', { name: '+2 more' }).click();
  await expect(notices.locator('.notice')).toHaveCount(3);
  expect((await new AxeBuilder({ page }).withTags(wcag).analyze()).violations).toEqual([]);
  await page.reload();
  await expect(list.getByRole('listitem')).toHaveCount(2);
});
