import { routeScript, sendMessage, waitForReplyDone } from '../app/scripted';
import { openApp, shownWithin } from './app-pages';
import { expect, test } from './fault-tally';

test.use({ serviceWorkers: 'block' });

// "fox pasta bar" is a real restaurant of the generated world; the name the model writes only
// contains it. A lookup that took partial matches booked fox pasta bar from this text.
const NEAR_MISS = 'not fox pasta bar, the other one';
const script = {
  tokenDelayMs: 0,
  outputs: [
    `Thought: The user wants the other place.\nAction: ReserveRestaurant(name='${NEAR_MISS}', people=2, day='friday', time='19:00')`,
    'System: Which one do you mean: bramble pasta bar, or another pasta bar?',
  ],
};

test('a venue name that is not exactly one venue shows no card, books nothing and lists candidates', async ({
  page,
  faults,
}) => {
  // Records whether a confirmation card ever appears, even for a moment.
  await page.addInitScript(() => {
    const seen = () =>
      document.querySelector('[aria-labelledby="confirmation-heading"], #confirmation-heading');
    new MutationObserver(() => {
      if (seen()) (window as unknown as { cardSeen?: boolean }).cardSeen = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp(page, await routeScript(page, 'venue-near-miss', script));
  await sendMessage(page, 'Book the other pasta place for two on friday at seven.');
  await waitForReplyDone(page);

  const cardSeen = await page.evaluate(
    () => (window as unknown as { cardSeen?: boolean }).cardSeen === true,
  );
  faults.check('near-miss venue (no confirmation card)', cardSeen ? ['a card was shown'] : []);

  // The model got the refusal as an observation with the candidates it can ask about.
  const details = page.getByRole('complementary', { name: 'Details' });
  await details.getByRole('tab', { name: 'Trace' }).click();
  const observation = details.getByText(/no restaurant is called exactly/).first();
  const listed = (await shownWithin(observation, 5_000))
    ? ((await observation.textContent()) ?? '')
    : '';
  faults.check(
    'near-miss venue (observation lists candidates)',
    listed.includes("'fox pasta bar'") && listed.includes("'bramble pasta bar'")
      ? []
      : [`observation was: ${listed || 'not shown'}`],
  );

  await details.getByRole('tab', { name: 'Bookings' }).click();
  const noBookings = await shownWithin(details.getByText('No bookings yet.'), 5_000);
  faults.check('near-miss venue (nothing booked)', noBookings ? [] : ['a booking was made']);

  await expect(page.getByRole('log', { name: 'Messages' })).toContainText('Which one do you mean');
  expect(faults.failures).toEqual([]);
});
