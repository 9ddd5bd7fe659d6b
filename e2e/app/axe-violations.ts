import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// axe's WCAG 2.2 A and AA rules, and two best-practice rules beside them: a page's headings in
// order, and no empty table header.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const bestPractice = ['heading-order', 'empty-table-header'];

/** What axe finds on the page as it stands, one line per rule: `where: rule (impact) help: nodes`. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const wcag = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const practice = await new AxeBuilder({ page }).withRules(bestPractice).analyze();
  return [...wcag.violations, ...practice.violations].map(
    (violation) =>
      `${where}: ${violation.id} (${violation.impact}) ${violation.help}: ` +
      violation.nodes.map((node) => node.target.join(' ')).join(', '),
  );
}
