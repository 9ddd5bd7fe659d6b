import { expect, test } from '@playwright/test';
import { axeViolations } from './axe-violations';
import { walkMainStates, type StateName } from './main-states';

// axe (WCAG 2.2 A and AA) in every main state, light and dark, desktop and phone.
test.use({ serviceWorkers: 'block' });

for (const colorScheme of ['light', 'dark'] as const) {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`axe finds no WCAG 2.2 AA violation: ${colorScheme}, ${viewport.width}x${viewport.height}`, async ({
      page,
    }) => {
      test.setTimeout(300_000);
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize(viewport);
      const found: string[] = [];
      await walkMainStates(page, async (state: StateName) => {
        found.push(...(await axeViolations(page, state)));
      });
      expect(found).toEqual([]);
    });
  }
}
