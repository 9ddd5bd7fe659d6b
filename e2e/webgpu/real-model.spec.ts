import { expect, test } from '@playwright/test';
import { openModelDrawer } from '../model-drawer';

// Optional: loads real CoALM weights and has one exchange with them. Runs only when
// COALM_MODEL_URL names the weights (see docs/coalm-weights.md), for example
//   COALM_MODEL_URL=http://127.0.0.1:4174/models/ npx playwright test --project=webgpu real-model
// On a machine with a real GPU set COALM_REAL_GPU=1 so Chromium uses it instead of SwiftShader
// (an 8B model on a software adapter takes hours).
const modelUrl = process.env.COALM_MODEL_URL;
const quantization = process.env.COALM_QUANT ?? 'q4f32_1';

test.skip(!modelUrl, 'Set COALM_MODEL_URL to run the real-model test.');
test.use({ serviceWorkers: 'block' });
if (process.env.COALM_REAL_GPU === '1') {
  test.use({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--enable-unsafe-webgpu', '--enable-features=Vulkan'],
    },
  });
}

test('loads CoALM from COALM_MODEL_URL and answers one message', async ({ page }) => {
  test.setTimeout(60 * 60 * 1000);
  await page.goto('/');
  await openModelDrawer(page);
  await page.getByLabel('CoALM weights URL').fill(modelUrl ?? '');
  await page.getByRole('button', { name: 'Save weights URL' }).click();
  const showModels = page.getByRole('button', { name: 'Show models' });
  if (await showModels.isVisible()) await showModels.click();
  const label = `CoALM 8B (${quantization})`;
  await page.getByRole('radio', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}`) }).check();
  await page.getByRole('button', { name: `Load ${label}` }).click();
  const banner = page.getByLabel('Engine', { exact: true });
  await expect(banner).toHaveAttribute('data-engine-status', 'ready', { timeout: 55 * 60 * 1000 });
  await expect(banner).toContainText('CoALM 8B');

  const box = page.getByLabel('Message', { exact: true });
  await expect(box).toBeEnabled();
  await box.fill('I am looking for a cheap restaurant in the centre.');
  await box.press('Enter');
  const log = page.getByRole('log', { name: 'Messages' });
  await expect(log).toContainText(/restaurant|centre|food/i, { timeout: 10 * 60 * 1000 });
});
