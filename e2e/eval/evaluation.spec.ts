import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

test('runs a few walkthroughs in scripted mode and shows the results table', async ({ page }) => {
  await page.goto('/?engine=scripted');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Evaluation' })
    .click();
  const setup = page.getByRole('form', { name: 'Evaluation setup' });
  await expect(setup).toBeVisible();

  await setup.getByRole('button', { name: 'None' }).click();
  for (const title of [
    'Dinner: a cheap indian restaurant in the centre',
    'A hotel with free parking in the north',
    'A train to London on friday morning',
  ])
    await setup.getByRole('checkbox', { name: title }).check();
  await setup.getByRole('checkbox', { name: 'cra-chat' }).uncheck();
  await setup.getByRole('button', { name: 'Run evaluation' }).click();

  const results = page.getByRole('table', { name: 'Results per walkthrough' });
  await expect(results).toBeVisible({ timeout: 30_000 });
  // Three oracle runs and three deliberate mistakes, one profile.
  await expect(results.getByRole('row')).toHaveCount(1 + 6);
  await expect(
    results.getByRole('row', { name: /Dinner: a cheap indian.*cra-exact oracle yes yes yes/ }),
  ).toBeVisible();
  await expect(results.getByText('missing-request')).toBeVisible();

  const overall = page.getByRole('table', { name: 'Overall', exact: true });
  await expect(
    overall.getByRole('row', { name: /^cra-exact 3\/3 100\.0 100\.0 100\.0 100\.0/ }),
  ).toBeVisible();
  await expect(overall.getByText('CoALM 8B (paper)')).toBeVisible();
  await expect(page.getByRole('img', { name: /Metrics per profile/ })).toBeVisible();

  // The run is kept in IndexedDB and listed after a reload.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Evaluation' })
    .click();
  await expect(page.getByRole('table', { name: 'Past runs' }).getByRole('row')).toHaveCount(2);
});
