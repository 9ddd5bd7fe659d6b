import { expect, type Page } from '@playwright/test';
import { messageBox, routeScript, sendMessage, waitForReplyDone } from './scripted';

// The app's main states, reached the way a person reaches them: the first run, the Model drawer,
// the shortcut sheet, a chat with a booking card, the trace and a full-width exact prompt, the
// evaluation and the walkthroughs.
// The accessibility check and the screenshots both walk through these, so they see the same app.

export type StateName =
  | 'first-run'
  | 'model-drawer'
  | 'shortcuts'
  | 'booking-card'
  | 'trace'
  | 'exact-prompt'
  | 'evaluation'
  | 'walkthroughs';

const dinner = {
  tokenDelayMs: 0,
  outputs: [
    "Thought: The user wants Italian food in the centre.\nAction: FindRestaurants(area='centre', food='italian')",
    'System: I found several Italian restaurants in the centre, for example **fox pasta bar**. Shall I book it?',
    "Thought: Book it.\nAction: ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')",
    'System: Booked! Your table for 2 at fox pasta bar on Friday at 19:00 is confirmed.',
  ],
};

const isNarrow = (page: Page) => (page.viewportSize()?.width ?? 1280) < 800;

/** Visits every main state in order and calls `at` in each (run axe, take a screenshot). */
export async function walkMainStates(
  page: Page,
  at: (state: StateName) => Promise<void>,
): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('device-summary')).toHaveAttribute('data-can-run', /true|false/);
  await messageBox(page);
  await at('first-run');

  await page.getByRole('button', { name: 'Model', exact: true }).click();
  const drawer = page.getByRole('dialog', { name: 'Model' });
  await expect(drawer.getByRole('region', { name: 'Device check' })).toBeVisible();
  await at('model-drawer');
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  await at('shortcuts');
  await sheet.getByRole('button', { name: 'Close' }).click();

  await page.goto(await routeScript(page, 'main-states-dinner', dinner));
  await sendMessage(page, 'Italian food in the centre, please');
  // The turn on screen shows the send has started; only then can "no Stop button" mean done
  // (the box ignores Enter while a reply runs, and keeps the text).
  await expect(page.getByRole('article', { name: 'Turn 1' })).toBeVisible();
  await waitForReplyDone(page);
  await sendMessage(page, 'Book it for 2 on Friday at 7pm');
  const card = page.getByRole('group', { name: 'Confirm booking' });
  await expect(card).toBeVisible();
  await at('booking-card');

  await card.getByRole('button', { name: 'Confirm' }).click();
  await waitForReplyDone(page);
  if (isNarrow(page)) await page.getByRole('button', { name: 'Details' }).click();
  const trace = page.getByRole('complementary', { name: 'Details' });
  await trace.getByRole('tab', { name: 'Trace' }).click();
  await expect(
    trace.getByText(
      "ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')",
      { exact: true },
    ),
  ).toBeVisible();
  await at('trace');

  await trace.getByRole('button', { name: 'Open the exact prompt (call 1)' }).last().click();
  const prompt = page.getByRole('dialog', { name: /^Exact prompt · call 1/ });
  await expect(prompt.getByText('[BEGIN OF AVAILABLE TOOLS]')).toBeVisible();
  await at('exact-prompt');
  await page.keyboard.press('Escape');
  await expect(prompt).toBeHidden();

  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Evaluation' }).click();
  const setup = page.getByRole('form', { name: 'Evaluation setup' });
  await setup.getByRole('button', { name: 'None' }).click();
  await setup
    .getByRole('checkbox', { name: 'Dinner: a cheap indian restaurant in the centre' })
    .check();
  await setup.getByRole('button', { name: 'Run evaluation' }).click();
  await expect(page.getByRole('table', { name: 'Results per walkthrough' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('table', { name: 'Past runs' })).toBeVisible();
  await at('evaluation');

  await views.getByRole('button', { name: 'Walkthroughs' }).click();
  await expect(page.getByRole('main')).toBeVisible();
  await at('walkthroughs');
}
