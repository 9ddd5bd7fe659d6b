import { expect, test } from '@playwright/test';
import { messageBox, messages, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

test('regenerate the last reply, then edit and resend the last message', async ({ page }) => {
  await page.goto(
    await routeScript(page, 'regenerate', {
      tokenDelayMs: 0,
      outputs: ['System: First answer.', 'System: Second answer.', 'System: Answer to the edit.'],
    }),
  );
  await sendMessage(page, 'Suggest a restaurant');
  await expect(messages(page).getByText('First answer.')).toBeVisible();
  await waitForReplyDone(page);

  await messages(page).getByRole('button', { name: 'Regenerate' }).click();
  await expect(messages(page).getByText('Second answer.')).toBeVisible();
  await expect(messages(page).getByText('First answer.')).toHaveCount(0);
  await waitForReplyDone(page);

  await messages(page).getByRole('button', { name: 'Edit message' }).click();
  const editor = page.getByLabel('Edit your message');
  await editor.fill('Suggest a hotel instead');
  await editor.press('Enter');
  await expect(messages(page).getByText('Answer to the edit.')).toBeVisible();
  await expect(messages(page).getByText('Suggest a hotel instead')).toBeVisible();
  await expect(messages(page).getByText('Suggest a restaurant')).toHaveCount(0);
});

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
