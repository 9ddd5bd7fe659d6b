import { expect, type Page } from '@playwright/test';

/** Opens the Model drawer from the header and returns it (a modal dialog named "Model"). */
export async function openModelDrawer(page: Page) {
  const drawer = page.getByRole('dialog', { name: 'Model' });
  if (!(await drawer.isVisible()))
    await page.getByRole('button', { name: 'Model', exact: true }).click();
  await expect(drawer).toBeVisible();
  return drawer;
}
