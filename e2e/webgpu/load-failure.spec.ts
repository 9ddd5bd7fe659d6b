import { expect, test, type Page } from '@playwright/test';
import { openModelDrawer } from '../model-drawer';

// The real web-llm in the real worker, with the weights missing: checks where it fetches from
// (the same-origin folder, not .../resolve/main/) and that its error string reaches the page
// classified, with a retry.
test.use({ serviceWorkers: 'block' });

async function loadCoalm(page: Page) {
  await page.goto('/');
  await openModelDrawer(page);
  await page.getByRole('button', { name: 'Show models' }).click();
  await page.getByRole('radio', { name: /^CoALM 8B \(q4f32_1\)/ }).check();
  await page.getByRole('button', { name: 'Load CoALM 8B (q4f32_1)' }).click();
  return page.getByRole('alert', { name: 'Engine' });
}

test.beforeEach(async ({ page }) => {
  // The quota follows this machine's free disk; pin it so the storage check passes here.
  await page.addInitScript(() => {
    StorageManager.prototype.estimate = async () => ({ quota: 100e9, usage: 0 });
  });
});

test('a missing CoALM folder says which URL answered 404, fetched from /models/<folder>/', async ({
  page,
}) => {
  const fetched: string[] = [];
  await page.route('**/models/**', (route) => {
    fetched.push(new URL(route.request().url()).pathname);
    return route.fulfill({ status: 404, body: 'not here' });
  });
  const banner = await loadCoalm(page);
  await expect(banner).toContainText('No model build was found at', { timeout: 30_000 });
  await expect(banner).toContainText(
    '/models/CoALM-8B-q4f32_1-MLC/mlc-chat-config.json answered 404',
  );
  await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(fetched[0]).toBe('/models/CoALM-8B-q4f32_1-MLC/mlc-chat-config.json');
});

test('no weights where the app serves its own page: the URL, what came back, and the two ways on', async ({
  page,
}) => {
  // Nothing routed: the preview server answers the missing file with the app's index.html,
  // which web-llm reports as JSON that starts with '<'.
  const banner = await loadCoalm(page);
  await expect(banner).toContainText('returned a web page, not an MLC configuration', {
    timeout: 30_000,
  });
  await expect(banner).toContainText('scripts/build-coalm-mlc.sh');
  await expect(banner).toContainText('weights URL field');
  await expect(banner).not.toContainText('Unexpected token');
  await expect(banner.getByRole('button', { name: 'Retry' })).toBeVisible();
});
