import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { messageBox, messages, waitForReplyDone } from './scripted';

// With no model, a typed message is kept (with the reason and the ways on), and nothing empty
// is stored: a conversation exists from its first sent message.
test.use({ serviceWorkers: 'block' });

test('with no model the message stays in the box, and no empty conversation is left', async ({
  page,
}) => {
  await page.goto('/');
  const box = await messageBox(page);
  await box.fill('A table for two tonight');
  await box.press('Enter');
  await expect(box).toHaveValue('A table for two tonight');
  await expect(page.locator('#composer-note')).toHaveText(
    /^Not sent: no model is ready to answer\. Load a model, connect to a model server, or try the demo/,
  );
  await expect(messages(page).getByRole('article')).toHaveCount(0);
  const list = page.getByRole('list', { name: 'Conversation list' });
  await expect(list.getByRole('listitem')).toHaveCount(0);

  // "New conversation" opens a fresh draft; it is neither listed nor kept across a reload.
  await page.getByRole('button', { name: 'New conversation' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(0);
  await page.reload();
  await messageBox(page);
  await expect(page.getByText('No conversations yet.')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything' }).click();
  const exported = JSON.parse(await readFile((await (await download).path()) ?? '', 'utf8')) as {
    conversations: unknown[];
  };
  expect(exported.conversations).toEqual([]);

  // Once the demo answers, the kept message sends and becomes the first stored conversation.
  const again = await messageBox(page);
  await again.fill('A table for two tonight');
  await again.press('Enter');
  await expect(again).toHaveValue('A table for two tonight');
  await page.getByRole('button', { name: /Try the demo/ }).click();
  await expect(page.locator('#composer-note')).toHaveText('');
  await again.press('Enter');
  await expect(again).toHaveValue('');
  await expect(messages(page).getByRole('article', { name: 'Turn 1' })).toBeVisible();
  await waitForReplyDone(page);
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('button', { name: /^A table for two tonight/ })).toBeVisible();
});
