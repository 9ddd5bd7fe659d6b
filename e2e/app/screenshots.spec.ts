import { test } from '@playwright/test';
import { walkMainStates, type StateName } from './main-states';

// Screenshots of the main states for docs/ui.md, light and dark, desktop and phone. Skipped in the
// normal run (they rewrite files under docs/); `npm run screenshots` makes them.
test.use({ serviceWorkers: 'block' });
test.skip(!process.env.SCREENSHOTS, 'screenshots are made by `npm run screenshots`');

const kept: Record<'desktop' | 'phone', StateName[]> = {
  desktop: ['first-run', 'model-drawer', 'booking-card', 'trace', 'exact-prompt', 'evaluation'],
  phone: ['first-run', 'booking-card', 'trace'],
};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    test(`screenshots: ${colorScheme}, ${device}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      await walkMainStates(page, async (state) => {
        if (!kept[device].includes(state)) return;
        // No caret or focus ring blinking into the picture.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.screenshot({
          path: `docs/screenshots/${device}-${colorScheme}-${state}.png`,
          animations: 'disabled',
        });
      });
    });
  }
}
