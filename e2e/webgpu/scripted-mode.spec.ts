import { expect, test } from '@playwright/test';

// Scripted mode from the URL, as the banner reports it (WebGPU present or not makes no difference).
test.use({ serviceWorkers: 'block' });

test('a same-origin script makes the banner say replies are scripted', async ({ page }) => {
  await page.route('**/e2e-scripts/hello.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ outputs: ['System: Hello.'], tokenDelayMs: 0 }),
    }),
  );
  await page.goto(`/?engine=scripted&script=${encodeURIComponent('/e2e-scripts/hello.json')}`);
  const banner = page.getByRole('status', { name: 'Engine' });
  await expect(banner).toHaveAttribute('data-engine-status', 'scripted');
  await expect(banner).toContainText('Scripted replies: no model is running');
});

test('a cross-origin script is refused with a clear message', async ({ page }) => {
  let fetchedElsewhere = false;
  await page.route('https://evil.example/**', (route) => {
    fetchedElsewhere = true;
    return route.fulfill({ body: '{"outputs":["System: pwned"]}' });
  });
  await page.goto(`/?engine=scripted&script=${encodeURIComponent('https://evil.example/s.json')}`);
  const banner = page.getByRole('alert', { name: 'Engine' });
  await expect(banner).toContainText('Scripted mode is off');
  await expect(banner).toContainText('scripts must come from this site');
  expect(fetchedElsewhere).toBe(false);
});

test('a malformed script is refused and says what is wrong', async ({ page }) => {
  await page.route('**/e2e-scripts/bad.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"outputs": [1]}' }),
  );
  await page.goto(`/?engine=scripted&script=${encodeURIComponent('/e2e-scripts/bad.json')}`);
  await expect(page.getByRole('alert', { name: 'Engine' })).toContainText(
    "The script's outputs[0] is not a string.",
  );
});
