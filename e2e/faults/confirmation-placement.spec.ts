import { messageBox, routeScript, sendMessage, waitForReplyDone } from '../app/scripted';
import { openApp, openConversation, shownWithin } from './app-pages';
import { expect, test } from './fault-tally';

test.use({ serviceWorkers: 'block' });

const BOOKING =
  "Thought: Book it.\nAction: ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')";

test('a booking card shows only in its own conversation and books only there', async ({
  page,
  faults,
}) => {
  await openApp(
    page,
    await routeScript(page, 'card-placement', {
      tokenDelayMs: 0,
      outputs: ['System: Trains run hourly.', BOOKING, 'System: Booked fox pasta bar.'],
    }),
  );
  await sendMessage(page, 'trains to ely');
  await waitForReplyDone(page);
  await (await messageBox(page)).press('Control+k');
  await sendMessage(page, 'dinner at fox pasta bar');
  const card = page.getByRole('group', { name: 'Confirm booking' });
  await expect(card).toBeVisible();

  // Another conversation: no card under its messages, and the list says which one waits.
  await openConversation(page, 'trains to ely');
  await expect(page.getByRole('log', { name: 'Messages' })).toContainText('Trains run hourly.');
  faults.check(
    'card hidden in another conversation',
    (await shownWithin(card, 500)) ? ['the card shows under another conversation'] : [],
  );
  const list = page.getByRole('list', { name: 'Conversation list' });
  const waitingItem = list.getByRole('listitem').filter({ hasText: 'dinner at fox pasta bar' });
  faults.check(
    'list marks the waiting conversation',
    (await waitingItem.getByText('Waiting for your decision').count()) === 1 &&
      (await list.getByText('Waiting for your decision').count()) === 1
      ? []
      : ['the list does not mark (only) the waiting conversation'],
  );

  // Back in its conversation the card is there again, and confirming books there.
  await openConversation(page, 'dinner at fox pasta bar');
  faults.check(
    'card back in its conversation',
    (await shownWithin(card, 5_000)) ? [] : ['the card did not come back'],
  );
  await card.getByRole('button', { name: 'Confirm' }).click();
  await waitForReplyDone(page);
  await expect(page.getByRole('log', { name: 'Messages' })).toContainText('Booked fox pasta bar.');
  await openConversation(page, 'trains to ely');
  const trains = await page.getByRole('log', { name: 'Messages' }).innerText();
  faults.check(
    'booked in its own conversation',
    trains.includes('Booked') ? ['the booking landed in another conversation'] : [],
  );
  expect(faults.failures).toEqual([]);
});
