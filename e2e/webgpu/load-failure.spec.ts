import { expect, test } from '@playwright/test';

// The real web-llm in the real worker, with the weights missing: checks where it fetches from
// (the same-origin folder, not .../resolve/main/) and that its error string reaches the page
// classified, with a retry.
test.use({ serviceWorkers: 'block' });

test('a missing CoALM folder fails as a network error, fetched from /models/<folder>/', async ({
  page,
}) => {
  // The quota follows this machine's free disk; pin it so the storage check passes here.
  await page.addInitScript(() => {
    StorageManager.prototype.estimate = async () => ({ quota: 100e9, usage: 0 });
  });
  const fetched: string[] = [];
  await page.route('**/models/**', (route) => {
    fetched.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 404, body: 'not here' });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Show models' }).click();
  await page.getByRole('radio', { name: /^CoALM 8B \(q4f32_1\)/ }).check();
  await page.getByRole('button', { name: 'Load CoALM 8B (q4f32_1)' }).click();
  const banner = page.getByRole('alert', { name: 'Engine' });
  await expect(banner).toContainText('could not be downloaded', { timeout: 30_000 });
  await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(fetched[0]).toBe('/models/CoALM-8B-q4f32_1-MLC/mlc-chat-config.json');
});
