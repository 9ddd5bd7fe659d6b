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
    overall.getByRole('row', { name: /^cra-exact 3\/3 100\.0 100\.0 100\.0 \(100\.0\) 100\.0/ }),
  ).toBeVisible();
  // Scripted figures are labelled as the ideal agent's and never set beside the paper's.
  await expect(
    page.getByRole('heading', { name: /Results: ideal agent \(scripted\)/ }),
  ).toBeVisible();
  await expect(overall.getByText('CoALM 8B (paper)')).toHaveCount(0);
  await expect(page.getByRole('img', { name: /Metrics per profile/ })).toContainText(
    'ideal agent (scripted) cra-exact · Success',
  );

  // A row opens its transcript beside the gold, with each metric's verdict and reason.
  await results
    .getByRole('button', {
      name: /Open A hotel with free parking in the north \(cra-exact, missing-request\)/,
    })
    .click();
  const detail = page.getByRole('region', { name: /Result: A hotel with free parking/ });
  await expect(detail.getByText('Success: no')).toBeVisible();
  await expect(detail.getByText('hotel: not given: phone')).toBeVisible();
  await expect(
    detail.getByRole('table', { name: 'Transcript beside gold' }).getByRole('row'),
  ).toHaveCount(3);

  // Filter by domain and by feature.
  await page.getByRole('combobox', { name: 'Domain' }).selectOption('train');
  await expect(results.getByRole('row')).toHaveCount(1 + 2);
  await page.getByRole('combobox', { name: 'Domain' }).selectOption('');
  await page.getByRole('combobox', { name: 'Feature' }).selectOption('single-domain');
  await expect(results.getByRole('row')).toHaveCount(1 + 6);

  // The run is kept in IndexedDB and listed after a reload.
  await page.reload();
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Evaluation' })
    .click();
  await expect(page.getByRole('table', { name: 'Past runs' }).getByRole('row')).toHaveCount(2);

  // A second run with both profiles, then two saved runs compared side by side.
  await setup.getByRole('checkbox', { name: 'cra-chat' }).check();
  await setup.getByRole('button', { name: 'Run evaluation' }).click();
  const pastRuns = page.getByRole('table', { name: 'Past runs' });
  await expect(pastRuns.getByRole('row')).toHaveCount(4, { timeout: 30_000 });
  const compare = pastRuns.getByRole('checkbox', { name: /^Compare/ });
  await compare.nth(0).check();
  await compare.nth(2).check();
  await expect(page.getByRole('table', { name: 'Run comparison' }).getByRole('row')).toHaveCount(8);
});
