import { expect, test } from '@playwright/test';
import { openModelDrawer } from '../model-drawer';

// Runs in the 'webgpu' project: Chromium with a software (SwiftShader) WebGPU adapter, so the
// real navigator.gpu answers the preflight. No model is downloaded.
test.use({ serviceWorkers: 'block' });

test('preflight finds the adapter, reports no shader-f16 and recommends q4f32_1', async ({
  page,
}) => {
  await page.goto('/');
  await openModelDrawer(page);
  const check = page.getByRole('region', { name: 'Device check' });
  await expect(check.locator('[data-check="adapter"]')).toHaveAttribute('data-status', 'pass');
  await expect(check.locator('[data-check="webgpu"]')).toHaveAttribute('data-status', 'pass');
  const f16 = check.locator('[data-check="shader-f16"]');
  await expect(f16).toHaveAttribute('data-status', 'warn');
  await expect(f16).toContainText('q4f32_1 build is chosen');
  await expect(check.locator('[data-check="limits"]')).toHaveAttribute('data-status', 'pass');
  await expect(check.getByTestId('recommended-quantization')).toHaveText(
    'Recommended build: q4f32_1',
  );
});

test('the model list comes from the installed web-llm and preselects CoALM q4f32_1', async ({
  page,
}) => {
  await page.goto('/');
  await openModelDrawer(page);
  await expect(
    page.getByRole('region', { name: 'Device check' }).locator('[data-check="adapter"]'),
  ).toHaveAttribute('data-status', 'pass');
  await page.getByRole('button', { name: 'Show models' }).click();
  const choice = page.getByRole('group', { name: 'Model choice' });
  // The list loads web-llm's code (several MB) first: allow for a slow machine.
  await expect(choice.getByRole('radio', { name: /CoALM 8B \(q4f32_1\)/ })).toBeChecked({
    timeout: 30_000,
  });
  await expect(choice).toContainText('CC BY-NC 4.0');
  await expect(choice).toContainText('not CoALM: same prompts, zero-shot');
});

test('loading a q4f16_1 model on this adapter stops before any download', async ({ page }) => {
  const modelRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/models/') || request.url().includes('huggingface.co'))
      modelRequests.push(request.url());
  });
  await page.goto('/');
  await openModelDrawer(page);
  await page.getByRole('button', { name: 'Show models' }).click();
  await page.getByRole('radio', { name: /^CoALM 8B \(q4f16_1\)/ }).check();
  await page.getByRole('button', { name: 'Load CoALM 8B (q4f16_1)' }).click();
  await expect(page.getByRole('alert', { name: 'Engine' })).toContainText(
    'needs shader-f16, which this GPU lacks',
  );
  expect(modelRequests).toEqual([]);
});

test('with WebGPU the first screen says a model can run here and opens the Model drawer', async ({
  page,
}) => {
  await page.goto('/');
  const firstRun = page.getByRole('region', { name: 'Get started' });
  await expect(firstRun.getByTestId('device-summary')).toHaveText(
    /^This device can run a model in the page \(WebGPU on .+\)\.$/,
  );
  await expect(firstRun.locator('details')).toHaveCount(0);
  await expect(firstRun.getByRole('button', { name: /Try the demo/ })).toBeVisible();
  await firstRun.getByRole('button', { name: 'Load a model in this page' }).click();
  const drawer = page.getByRole('dialog', { name: 'Model' });
  await expect(drawer.getByRole('button', { name: 'Show models' })).toBeVisible();
  await expect(drawer.getByRole('region', { name: 'Device check' })).toBeVisible();
});
