import { expect, test } from '@playwright/test';
import { messageBox, messages, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

const longReply = `System: ${'Here is a long answer about restaurants in town. '.repeat(40)}`;

test('Stop ends a reply mid-stream and keeps what was written', async ({ page }) => {
  await page.goto(await routeScript(page, 'slow', { tokenDelayMs: 40, outputs: [longReply] }));
  await sendMessage(page, 'Tell me everything');
  await expect(messages(page).getByText(/Here is a long answer/)).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await waitForReplyDone(page);
  await expect(messages(page).getByText('stopped')).toBeVisible();
  const shown =
    (await messages(page)
      .getByText(/Here is a long answer/)
      .textContent()) ?? '';
  expect(shown.length).toBeLessThan(longReply.length - 100);
  await expect(await messageBox(page)).toBeEnabled();
});

test('Escape stops a running reply', async ({ page }) => {
  await page.goto(
    await routeScript(page, 'slow-escape', { tokenDelayMs: 40, outputs: [longReply] }),
  );
  await sendMessage(page, 'Tell me everything');
  await expect(messages(page).getByText(/Here is a long answer/)).toBeVisible();
  await page.keyboard.press('Escape');
  await waitForReplyDone(page);
  await expect(messages(page).getByText('stopped')).toBeVisible();
});

test('a page closed mid-stream comes back with the partial reply marked interrupted', async ({
  context,
}) => {
  const page = await context.newPage();
  const url = await routeScript(page, 'closed', { tokenDelayMs: 50, outputs: [longReply] });
  await page.goto(url);
  await sendMessage(page, 'Tell me everything');
  await expect(messages(page).getByText(/Here is a long answer/)).toBeVisible();
  // The streaming turn is saved on a throttle; give it time to reach storage.
  await page.waitForTimeout(1_500);
  await page.close();

  const reopened = await context.newPage();
  await routeScript(reopened, 'closed', { tokenDelayMs: 0, outputs: ['System: unused'] });
  await reopened.goto(url);
  await expect(messages(reopened).getByText('interrupted')).toBeVisible();
  await expect(messages(reopened).getByText(/Here is a long answer/)).toBeVisible();
});
