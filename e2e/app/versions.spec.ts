import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { messages, routeScript, sendMessage, waitForReplyDone } from './scripted';

test.use({ serviceWorkers: 'block' });

const script = {
  tokenDelayMs: 0,
  outputs: [
    'System: Try Golden Curry.',
    "Action: ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')",
    'System: Booked fox pasta bar.',
    'System: Version two, nothing booked.',
    'System: Version three, nothing booked.',
    'System: Try the Acorn guest house.',
  ],
};

const turn = (page: Page, number: number) =>
  messages(page).getByRole('article', { name: `Turn ${number}` });

/** axe (WCAG 2.2 A and AA) on the page as it is: the dialog and the switcher are new states. */
async function expectAccessible(page: Page) {
  const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function bookingsList(page: Page) {
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('tab', { name: 'Bookings' }).click();
  return details.getByRole('list', { name: 'Bookings' });
}

test('regenerate and edit keep every version, and a booking reply asks before it goes', async ({
  page,
}) => {
  await page.goto(await routeScript(page, 'versions', script));
  await sendMessage(page, 'Suggest a restaurant');
  await expect(turn(page, 1)).toContainText('Try Golden Curry.');
  await waitForReplyDone(page);
  await sendMessage(page, 'Book fox pasta bar for 2 on Friday at 7pm');
  const card = page.getByRole('group', { name: 'Confirm booking' });
  await card.getByRole('button', { name: 'Confirm' }).click();
  await expect(turn(page, 2)).toContainText('Booked fox pasta bar.');
  await waitForReplyDone(page);
  const reference = (await turn(page, 2).locator('.booking-outcome code').textContent()) ?? '';
  expect(reference).toMatch(/^[A-Z0-9]{8}$/);

  // Regenerating the reply that booked asks first; keeping the booking makes a second version.
  await turn(page, 2).getByRole('button', { name: 'Regenerate reply 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Regenerate a reply that booked' });
  await expect(dialog).toContainText(
    `This reply booked fox pasta bar (restaurant), reference ${reference}.`,
  );
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Keep it and regenerate' }).click();
  await expect(dialog).toBeHidden();
  await expect(turn(page, 2)).toContainText('Version two, nothing booked.');
  await waitForReplyDone(page);
  await expect(turn(page, 2).getByRole('group', { name: 'Turn 2: Version 2 of 2' })).toBeVisible();
  await expectAccessible(page);
  const bookings = await bookingsList(page);
  await expect(bookings.getByRole('listitem')).toHaveCount(1);
  await expect(bookings).toContainText(reference);
  await expect(bookings).not.toContainText('cancelled');

  // The first version is one click away, with the booking it made.
  await turn(page, 2).getByRole('button', { name: 'Previous version of turn 2' }).click();
  await expect(turn(page, 2)).toContainText('Booked fox pasta bar.');
  await expect(turn(page, 2).getByText(`Booking reference: ${reference}`)).toBeVisible();

  // From there, regenerate again and cancel the booking: the Bookings view and the turn agree.
  await turn(page, 2).getByRole('button', { name: 'Regenerate reply 2' }).click();
  await dialog.getByRole('button', { name: 'Cancel that booking and regenerate' }).click();
  await expect(turn(page, 2)).toContainText('Version three, nothing booked.');
  await waitForReplyDone(page);
  await expect(bookings.getByRole('listitem')).toContainText('cancelled');
  await expect(bookings.getByRole('button', { name: `Cancel booking ${reference}` })).toHaveCount(
    0,
  );
  await turn(page, 2).getByRole('button', { name: 'Previous version of turn 2' }).click();
  await turn(page, 2).getByRole('button', { name: 'Previous version of turn 2' }).click();
  await expect(turn(page, 2).getByRole('group', { name: 'Turn 2: Version 1 of 3' })).toBeVisible();
  await expect(turn(page, 2).locator('.booking-outcome')).toContainText(
    `Booking reference: ${reference} (cancelled since)`,
  );

  // Editing the first message starts a new branch; the old one, with its versions, is kept.
  await turn(page, 1).getByRole('button', { name: 'Edit message 1' }).click();
  const editor = page.getByLabel('Edit your message 1');
  await editor.fill('Suggest a hotel instead');
  await editor.press('Enter');
  await expect(turn(page, 1)).toContainText('Try the Acorn guest house.');
  await waitForReplyDone(page);
  await expect(messages(page).getByRole('article')).toHaveCount(1);
  await expect(turn(page, 1).getByRole('group', { name: 'Turn 1: Version 2 of 2' })).toBeVisible();

  await page.reload();
  await expect(turn(page, 1)).toContainText('Suggest a hotel instead');
  await turn(page, 1).getByRole('button', { name: 'Previous version of turn 1' }).click();
  await expect(turn(page, 1)).toContainText('Suggest a restaurant');
  await expect(turn(page, 2)).toContainText('Booked fox pasta bar.');
  await expect(turn(page, 2).getByRole('group', { name: 'Turn 2: Version 1 of 3' })).toBeVisible();
});
