import { expect, test } from '@playwright/test';
import { messageBox, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

test('new with Ctrl+K, rename, search, delete and undo', async ({ page }) => {
  await page.goto(
    await routeScript(page, 'manage', {
      tokenDelayMs: 0,
      outputs: ['System: Hello one.', 'System: Hello two.'],
    }),
  );
  await sendMessage(page, 'First topic about trains');
  await waitForReplyDone(page);
  await (await messageBox(page)).press('Control+k');
  await sendMessage(page, 'Second topic about hotels');
  await waitForReplyDone(page);

  const list = page.getByRole('list', { name: 'Conversation list' });
  await expect(list.getByRole('listitem')).toHaveCount(2);

  await list.getByRole('button', { name: /^Rename First topic/ }).click();
  await page.getByLabel(/^New title for First topic/).fill('Train plans');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(list.getByRole('button', { name: /^Train plans/ })).toBeVisible();

  await page.getByLabel('Search conversations').fill('hotels');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Search conversations').fill('');

  await list.getByRole('button', { name: 'Delete Train plans' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('button', { name: /^Train plans/ })).toBeVisible();
});
