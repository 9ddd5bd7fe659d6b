import { expect, test } from '@playwright/test';
import { messages, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

test('HTML and script in model output are shown as text and never run', async ({ page }) => {
  const payload =
    '<img src=x onerror=window.__pwned=1> and <script>window.__pwned=2</script> [x](javascript:window.__pwned=3)';
  await page.goto(
    await routeScript(page, 'hostile', { tokenDelayMs: 0, outputs: [`System: ${payload}`] }),
  );
  await sendMessage(page, 'hello');
  await waitForReplyDone(page);
  await expect(
    messages(page).getByText('<img src=x onerror=window.__pwned=1>', { exact: false }),
  ).toBeVisible();
  await expect(
    messages(page).getByText('<script>window.__pwned=2</script>', { exact: false }),
  ).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  await expect(messages(page).locator('img, script, a')).toHaveCount(0);
});
