import { expect, test } from '@playwright/test';

test.use({ serviceWorkers: 'block' });

test('plays a walkthrough to its end with no model: the oracle answers through the real chat', async ({
  page,
}) => {
  await page.goto('/');
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Walkthroughs' }).click();
  const view = page.getByRole('region', { name: 'Walkthroughs' });
  await expect(view.getByLabel('Who answers')).toContainText('No model loaded');

  await view
    .getByRole('combobox', { name: /Walkthrough/ })
    .selectOption({ label: 'Dinner: a cheap indian restaurant in the centre' });
  const userTurns = await view
    .getByRole('list', { name: 'User turns' })
    .locator('li > span')
    .allTextContents();
  expect(userTurns.length).toBeGreaterThan(1);

  const status = view.getByRole('status');
  for (let turn = 1; turn <= userTurns.length; turn++) {
    await expect(status).toHaveText(`Turn ${turn} of ${userTurns.length}`);
    await view.getByRole('button', { name: 'Next turn' }).click();
  }
  await expect(status).toHaveText('All turns played.', { timeout: 20_000 });
  await expect(view.getByRole('alert')).toHaveCount(0);
  await expect(view.getByLabel('Who answers')).toContainText(
    'Walkthrough replay: scripted replies of the oracle agent, no model is running',
  );

  await views.getByRole('button', { name: 'Chat' }).click();
  const messages = page.getByRole('log', { name: 'Messages' });
  for (const text of userTurns)
    await expect(messages.getByText(text, { exact: true })).toBeVisible();
  const reply = messages.getByText(/reference number is [A-Z0-9]{8}/);
  await expect(reply).toBeVisible();
  const replied = /reference number is ([A-Z0-9]{8})/.exec((await reply.textContent()) ?? '')?.[1];

  // The booking is a real one in the app's own world, and the reply names its reference.
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('tab', { name: 'Bookings' }).click();
  const bookings = details.getByRole('list', { name: 'Bookings' });
  const reference = (await bookings.locator('code').first().textContent())?.trim() ?? '';
  expect(reference).toMatch(/^[A-Z0-9]{8}$/);
  await expect(messages.getByText(`Booking reference: ${reference}`)).toBeVisible();
  expect(replied).toBe(reference);
});
