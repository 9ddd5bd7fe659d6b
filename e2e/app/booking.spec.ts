import { expect, test } from '@playwright/test';
import { messages, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

const dinner = {
  tokenDelayMs: 0,
  outputs: [
    "Thought: The user wants Italian food in the centre.\nAction: FindRestaurants(area='centre', food='italian')",
    'System: I found several Italian restaurants in the centre, for example **fox pasta bar**. Shall I book it?',
    "Thought: Book it.\nAction: ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')",
    'System: Booked! Your table for 2 at fox pasta bar on Friday at 19:00 is confirmed.',
  ],
};

test('books a restaurant through the confirmation card, and the booking survives a reload', async ({
  page,
}) => {
  await page.goto(await routeScript(page, 'dinner', dinner));

  await sendMessage(page, 'Italian food in the centre, please');
  await expect(messages(page).getByText('fox pasta bar', { exact: true })).toBeVisible();
  await waitForReplyDone(page);

  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(
    details.getByText("FindRestaurants(area='centre', food='italian')", { exact: true }),
  ).toBeVisible();

  await sendMessage(page, 'Book it for 2 on Friday at 7pm');
  const card = page.getByRole('group', { name: 'Confirm booking' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('fox pasta bar');
  await card.getByRole('button', { name: 'Confirm' }).click();
  await expect(card).toHaveCount(0);
  await expect(messages(page).getByText(/Booked! Your table for 2/)).toBeVisible();
  await waitForReplyDone(page);

  await details.getByRole('tab', { name: 'Bookings' }).click();
  const bookings = details.getByRole('list', { name: 'Bookings' });
  await expect(bookings).toContainText('fox pasta bar');
  const reference = (await bookings.locator('code').first().textContent())?.trim() ?? '';
  expect(reference).toMatch(/^[A-Z0-9]{8}$/);
  await expect(messages(page).getByText(`Booking reference: ${reference}`)).toBeVisible();
  await details.getByRole('tab', { name: 'Trace' }).click();
  await expect(details.getByText(reference, { exact: false }).first()).toBeVisible();

  await page.reload();
  await expect(messages(page).getByText(/Booked! Your table for 2/)).toBeVisible();
  await expect(messages(page).getByText('Italian food in the centre, please')).toBeVisible();
  await details.getByRole('tab', { name: 'Bookings' }).click();
  await expect(details.getByRole('list', { name: 'Bookings' })).toContainText(reference);
});

test('a declined booking books nothing, and the turn says so whatever the reply claims', async ({
  page,
}) => {
  await page.goto(
    await routeScript(page, 'decline', {
      tokenDelayMs: 0,
      // A reply that contradicts the decision: the turn must still show what really happened.
      outputs: [dinner.outputs[2] ?? '', 'System: Booked! Your table is confirmed.'],
    }),
  );
  await sendMessage(page, 'Book fox pasta bar for 2 on Friday at 7pm');
  const card = page.getByRole('group', { name: 'Confirm booking' });
  await card.getByRole('button', { name: 'Decline' }).click();
  await waitForReplyDone(page);
  await expect(
    messages(page).getByText('You declined ReserveRestaurant: nothing was booked'),
  ).toBeVisible();
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('tab', { name: 'Bookings' }).click();
  await expect(details.getByText('No bookings yet.')).toBeVisible();
});
