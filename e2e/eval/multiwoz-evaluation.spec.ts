import { expect, test } from '@playwright/test';
import { axeViolations } from '../app/axe-violations';

test.use({ serviceWorkers: 'block' });

test('runs MultiWOZ goals in both modes in the view, and past runs say what they played', async ({
  page,
}) => {
  await page.goto('/?engine=scripted');
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Evaluation' })
    .click();
  const setup = page.getByRole('form', { name: 'Evaluation setup' });
  await setup.getByRole('radio', { name: /MultiWOZ goals/ }).check();
  // The database loads and the 60 goals are drawn only now.
  const goals = setup.getByRole('group', { name: /^Goals \(\d+ of \d+\)/ });
  await expect(goals).toBeVisible({ timeout: 30_000 });
  await expect(goals.getByRole('checkbox')).toHaveCount(60);
  await goals.getByRole('button', { name: 'None' }).click();
  await goals.getByRole('checkbox').nth(0).check();
  await goals.getByRole('checkbox').nth(1).check();
  // With no model loaded the LLM user cannot be chosen.
  await expect(setup.getByRole('radio', { name: /LLM user/ })).toBeDisabled();
  await setup.getByRole('button', { name: 'Run evaluation' }).click();

  await expect(
    page.getByRole('heading', {
      name: /Results: ideal agent \(scripted\), MultiWOZ database, dialogue level, agenda user \(deterministic\)/,
    }),
  ).toBeVisible({ timeout: 30_000 });
  const overall = page.getByRole('table', { name: 'Overall', exact: true });
  await expect(
    overall.getByRole('row', { name: /^ideal agent \(scripted\) 2 100\.0 100\.0 100\.0/ }),
  ).toBeVisible();
  await expect(overall.getByRole('row')).toHaveCount(1 + 4);
  await expect(overall.getByText('CoALM 8B (paper)')).toHaveCount(0);
  const perGoal = page.getByRole('table', { name: 'Results per goal' });
  await expect(perGoal.getByRole('row')).toHaveCount(1 + 2 * 4);

  // A goal opens its transcript, the verdicts and the gold state the user informed.
  await perGoal
    .getByRole('button', { name: /\(ideal agent \(scripted\)\)$/ })
    .first()
    .click();
  const detail = page.getByRole('region', { name: /^Result: / });
  await expect(detail.getByText('Inform: yes')).toBeVisible();
  await expect(detail.getByText(/^Gold state: /).first()).toBeVisible();
  // The MultiWOZ setup, results and opened goal are not among the main states axe walks.
  expect(await axeViolations(page, 'MultiWOZ results')).toEqual([]);

  // Turn level with gold history, the paper's protocol.
  await setup.getByRole('radio', { name: /turn level with gold history/ }).check();
  await setup.getByRole('button', { name: 'Run evaluation' }).click();
  await expect(
    page.getByRole('heading', { name: /MultiWOZ database, turn level with gold history/ }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(
    overall.getByRole('row', { name: /^ideal agent \(scripted\) 2 – – – / }),
  ).toBeVisible();

  const past = page.getByRole('table', { name: 'Past runs' });
  await expect(
    past.getByRole('cell', { name: 'MultiWOZ, dialogue level, agenda user (deterministic)' }),
  ).toHaveCount(4);
  await expect(
    past.getByRole('cell', { name: /^MultiWOZ, turn level with gold history/ }),
  ).toHaveCount(3);
});
