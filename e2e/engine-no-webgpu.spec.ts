import { expect, test, type Page } from '@playwright/test';
import { messageBox, messages, sendMessage, waitForReplyDone } from './app/scripted';
import { openModelDrawer } from './model-drawer';

// The default project starts Chromium without the WebGPU flags: the first screen must say in one
// line that no model can run in the page, and offer the ways forward as buttons.
test.use({ serviceWorkers: 'block' });

const firstRun = (page: Page) => page.getByRole('region', { name: 'Get started' });

test('without WebGPU the first screen says so in one line and offers the demo', async ({
  page,
}) => {
  await page.goto('/');
  const summary = firstRun(page).getByTestId('device-summary');
  await expect(summary).toHaveAttribute('data-can-run', 'false');
  const hasGpuObject = await page.evaluate(() => 'gpu' in navigator);
  // Chromium on Linux exposes navigator.gpu but grants no adapter without the flags.
  await expect(summary).toHaveText(
    hasGpuObject
      ? 'WebGPU is here but no GPU was granted, so no model can run in the page.'
      : 'This browser has no WebGPU, so no model can run in the page.',
  );
  // No "WebGPU is available" beside it, and no button for what cannot work here.
  await expect(firstRun(page)).not.toContainText('WebGPU is available');
  await expect(firstRun(page).getByRole('button', { name: /Load a model/ })).toHaveCount(0);
  // Only this browser's steps, folded.
  const fold = firstRun(page).locator('details');
  await expect(fold.locator('summary')).toHaveText('How to enable WebGPU in Chrome');
  const steps = fold.locator('p');
  await expect(steps).toBeHidden();
  await fold.locator('summary').click();
  await expect(steps).toContainText('On Linux start Chrome with --enable-unsafe-webgpu');
  await expect(steps).not.toContainText('Firefox');
  await expect(steps).not.toContainText('Safari');

  // The demo runs from the bundled script, labelled as scripted, with no URL to edit.
  await firstRun(page)
    .getByRole('button', { name: /Try the demo \(scripted replies/ })
    .click();
  await expect(page.locator('[data-engine-status]')).toHaveAttribute(
    'data-engine-status',
    'scripted',
  );
  await expect(page.getByRole('status', { name: 'Engine' })).toContainText('Scripted replies');
  await expect(firstRun(page)).toHaveCount(0);
  await expect(await messageBox(page)).toBeFocused();
  await sendMessage(page, 'I want Italian food in the centre.');
  await waitForReplyDone(page);
  await expect(messages(page).locator('.message.assistant').first()).not.toBeEmpty();
  expect(page.url()).not.toContain('engine=');
});

test('the device check in the Model drawer folds the steps for this browser only', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined });
  });
  await page.goto('/');
  await expect(firstRun(page).getByTestId('device-summary')).toHaveText(
    'This browser has no WebGPU, so no model can run in the page.',
  );
  const drawer = await openModelDrawer(page);
  const failed = drawer
    .getByRole('region', { name: 'Device check' })
    .locator('[data-check="webgpu"]');
  await expect(failed).toHaveAttribute('data-status', 'fail');
  await expect(failed).toContainText('does not expose WebGPU');
  await failed.getByText('How to enable WebGPU in Chrome').click();
  await expect(failed).toContainText('chrome://flags/#enable-unsafe-webgpu');
  await expect(failed).not.toContainText('about:config');
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`on first load at ${viewport.width}x${viewport.height} the message box is in view`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(firstRun(page)).toBeVisible();
    const box = await messageBox(page);
    await expect(box).toBeInViewport({ ratio: 1 });
    const log = messages(page);
    const height = (await log.boundingBox())?.height ?? 0;
    expect(height, 'the message area keeps room to read').toBeGreaterThan(150);
    // The Model drawer covers the chat instead of pushing it down, and gives it back on Escape.
    await openModelDrawer(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Model' })).toBeHidden();
    await expect(box).toBeInViewport({ ratio: 1 });
  });
}
