import { expect, test } from '@playwright/test';
import { routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

const script = {
  tokenDelayMs: 0,
  outputs: [
    "Thought: Italian in the centre.\nAction: FindRestaurants(area='centre', food='italian')",
    'System: There are several; fox pasta bar is one.',
  ],
};

test('the exact prompt opens full width with its CRA blocks marked, its token count and Copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(await routeScript(page, 'prompt-viewer', script));
  await sendMessage(page, 'Italian food in the centre, please');
  await waitForReplyDone(page);
  const trace = page.getByRole('complementary', { name: 'Details' });
  await trace.getByRole('tab', { name: 'Trace' }).click();
  await trace.getByRole('button', { name: 'Open the exact prompt (call 1)' }).click();

  const viewer = page.getByRole('dialog', { name: 'Exact prompt · call 1 · action' });
  await expect(viewer).toBeVisible();
  const box = await viewer.boundingBox();
  expect(box?.width).toBeGreaterThan(1280 * 0.9);

  const prompt = viewer.getByLabel('The exact prompt', { exact: true });
  const fontSize = await prompt.evaluate((element) =>
    parseFloat(getComputedStyle(element).fontSize),
  );
  expect(fontSize).toBeGreaterThanOrEqual(13);
  const markers = await prompt.locator('[data-part="marker"]').allTextContents();
  expect(markers).toContain('[BEGIN OF AVAILABLE TOOLS]');
  expect(markers).toContain('[END OF CONVERSATION HISTORY]');
  await expect(prompt.locator('[data-part="tools"]')).toContainText('FindRestaurants(');
  await expect(prompt.locator('[data-part="input"]')).toHaveText(
    'User: Italian food in the centre, please',
  );
  await expect(
    viewer.getByText(/^About \d+ tokens \(estimated\)|^\d+ tokens \(counted/),
  ).toBeVisible();
  await expect(viewer.getByRole('list', { name: 'Parts of the prompt' })).toContainText(
    'Available tools',
  );

  await viewer.getByRole('button', { name: 'Copy the exact prompt' }).click();
  await expect(viewer.getByRole('button', { name: 'Copy the exact prompt' })).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith('<|begin_of_text|><|start_header_id|>system<|end_header_id|>')).toBe(
    true,
  );
  expect(copied.endsWith('<|start_header_id|>assistant<|end_header_id|>\n\n')).toBe(true);
  expect(copied).toBe(await prompt.textContent());

  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();
  await expect(trace.getByRole('button', { name: 'Open the exact prompt (call 1)' })).toBeFocused();
});
