import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { walkMainStates, type StateName } from './main-states';

// axe (WCAG 2.2 A and AA) in every main state, light and dark, desktop and phone.
test.use({ serviceWorkers: 'block' });

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Two best-practice rules beside them: a page's headings in order, and no empty table header.
const bestPractice = ['heading-order', 'empty-table-header'];

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
        const wcag = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
        const practice = await new AxeBuilder({ page }).withRules(bestPractice).analyze();
        for (const violation of [...wcag.violations, ...practice.violations])
          found.push(
            `${state}: ${violation.id} (${violation.impact}) ${violation.help}: ` +
              violation.nodes.map((node) => node.target.join(' ')).join(', '),
          );
      });
      expect(found).toEqual([]);
    });
  }
}
