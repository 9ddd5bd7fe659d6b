import { expect, test } from '@playwright/test';

// The default project starts Chromium without the WebGPU flags: the page must say plainly that
// no model can run here and how to get WebGPU, instead of failing later in a download.
test.use({ serviceWorkers: 'block' });

test('without WebGPU the device check explains how to get it', async ({ page }) => {
  await page.goto('/');
  const check = page.getByRole('region', { name: 'Device check' });
  const failed = check.locator('[data-status="fail"]');
  await expect(failed).toHaveCount(1);
  const message = (await failed.textContent()) ?? '';
  const hasGpuObject = await page.evaluate(() => 'gpu' in navigator);
  if (hasGpuObject) {
    // Chromium on Linux exposes navigator.gpu but grants no adapter without the flags.
    await expect(failed).toHaveAttribute('data-check', 'adapter');
    expect(message).toMatch(/no GPU adapter was granted/);
  } else {
    await expect(failed).toHaveAttribute('data-check', 'webgpu');
    expect(message).toMatch(/does not expose WebGPU/);
  }
  // Either way the Chrome-on-Linux advice (this browser) comes first.
  expect(message).toMatch(/Chrome: WebGPU is on by default.*On Linux start Chrome with/);
  expect(message.indexOf('Chrome:')).toBeLessThan(message.indexOf('Firefox:'));
  await expect(check.getByTestId('recommended-quantization')).toHaveCount(0);
});

test('with navigator.gpu removed the per-browser WebGPU guidance shows', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'gpu', { get: () => undefined });
  });
  await page.goto('/');
  const failed = page
    .getByRole('region', { name: 'Device check' })
    .locator('[data-check="webgpu"]');
  await expect(failed).toHaveAttribute('data-status', 'fail');
  await expect(failed).toContainText('does not expose WebGPU');
  await expect(failed).toContainText('chrome://flags/#enable-unsafe-webgpu');
  await expect(failed).toContainText('Safari');
  await expect(failed).toContainText('Firefox');
});
