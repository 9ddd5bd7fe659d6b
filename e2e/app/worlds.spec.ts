import { expect, test } from '@playwright/test';
import { messages, scriptedUrl, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

test('the person picks the MultiWOZ world, and FindAttractions searches its attractions', async ({
  page,
}) => {
  // The MultiWOZ data arrives as chunks of its own, only once the world is picked.
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(request.url()));
  await page.goto(scriptedUrl('/demo-scripts/multiwoz-attraction.json'));
  await expect(page.getByLabel('Message', { exact: true })).toBeEnabled();
  expect(fetched.filter((url) => /attraction_db|train_db/.test(url))).toEqual([]);

  const world = page.getByRole('combobox', { name: 'World' });
  await expect(world).toHaveValue('generated');
  await world.selectOption('multiwoz');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the MultiWOZ' })).toHaveCount(0);
  expect(fetched.some((url) => /attraction_db/.test(url))).toBe(true);

  await sendMessage(page, 'Is there a museum in the centre?');
  await expect(messages(page).getByText(/There are 11 museums in the centre/)).toBeVisible();
  await waitForReplyDone(page);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(
    details.getByText("FindAttractions(area='centre', type='museum')", { exact: true }),
  ).toBeVisible();
  // The observation holds MultiWOZ's own records (address and postcode of the first).
  await expect(details.getByText(/broughton house gallery.*98 king street/).first()).toBeVisible();

  // The choice is kept; switching back applies to new conversations, and says so.
  await page.reload();
  await expect(world).toHaveValue('multiwoz');
  await world.selectOption('generated');
  await expect(page.getByText(/This conversation runs on the MultiWOZ database/)).toBeVisible();
});
