import { expect, type Page } from '@playwright/test';
import { messageBox, messages, sendMessage, waitForReplyDone } from '../app/scripted';
import { openModelDrawer } from '../model-drawer';
import { readTurns, waitForTurns } from './app-pages';
import { test } from './fault-tally';

// The engine failing through the web-llm adapter's stand-in (?engine=drill): the real engine
// slice, session and chat model meet a lost GPU, a crashed worker and a broken download.

test.use({ serviceWorkers: 'block' });

const outputs = [
  'System: First answer from the drill.',
  'System: Second answer from the drill.',
  'System: Third answer, after the reload.',
  'System: Fourth answer.',
];

async function openDrill(page: Page, fault: string): Promise<void> {
  const path = `/e2e-scripts/drill-${fault}.json`;
  await page.route(`**${path}`, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ outputs }) }),
  );
  await page.goto(`/?engine=drill&fault=${fault}&script=${encodeURIComponent(path)}`);
  await messageBox(page);
  const drawer = await openModelDrawer(page);
  await drawer.getByRole('button', { name: 'Show models' }).click();
  await drawer.getByRole('button', { name: /^Load / }).click();
}

const engineStatus = (page: Page) => page.locator('[data-engine-status]');

for (const fault of ['device-lost', 'worker-crash'] as const) {
  test(`a running model fails (${fault}): the conversation survives and a reload continues it`, async ({
    page,
    faults,
  }) => {
    await openDrill(page, fault);
    await expect(engineStatus(page)).toHaveAttribute('data-engine-status', 'ready');
    for (const text of ['first', 'second', 'third']) {
      await sendMessage(page, text);
      await waitForReplyDone(page);
    }
    const problems: string[] = [];
    await expect(engineStatus(page)).toHaveAttribute('data-engine-status', 'error');
    const turns = await readTurns(page);
    if (turns[0]?.reply !== 'First answer from the drill.') faults.lost('the first answer');
    if (turns[1]?.reply !== 'Second answer from the drill.') faults.lost('the second answer');
    if (turns[2]?.user !== 'third') faults.lost('the message sent when the model failed');
    if (turns[2]?.status !== 'error') problems.push(`the failed turn shows as ${turns[2]?.status}`);
    const banner = engineStatus(page);
    const advice = fault === 'device-lost' ? /GPU stopped responding/ : /worker crashed/;
    if (!(await banner.getByText(advice).isVisible())) problems.push('no message says what failed');

    await page.getByRole('button', { name: 'Reload the model', exact: true }).click();
    await expect(engineStatus(page)).toHaveAttribute('data-engine-status', 'ready');
    await messages(page).getByRole('button', { name: 'Regenerate reply 3' }).click();
    await waitForReplyDone(page);
    const retried = await readTurns(page);
    if (retried[2]?.reply !== 'Third answer, after the reload.')
      problems.push(`the retried turn got ${JSON.stringify(retried[2])}`);

    await page.reload();
    const reloaded = await waitForTurns(page, 3);
    if (reloaded.map((turn) => turn.user).join() !== 'first,second,third')
      faults.lost('messages after reloading the page');
    faults.check(`engine ${fault} mid-conversation`, problems);
    expect(faults.failures).toEqual([]);
  });
}

test('a download broken off half-way: a clear message, and Retry resumes and loads', async ({
  page,
  faults,
}) => {
  await openDrill(page, 'download-broken');
  await expect(engineStatus(page)).toHaveAttribute('data-engine-status', 'error');
  const problems: string[] = [];
  if (
    !(await page
      .getByText(/could not be downloaded/)
      .first()
      .isVisible())
  )
    problems.push('no message says the download failed');
  await page.getByRole('button', { name: 'Retry', exact: true }).click();
  await expect(engineStatus(page)).toHaveAttribute('data-engine-status', 'ready');
  await sendMessage(page, 'hello');
  await waitForReplyDone(page);
  const [turn] = await readTurns(page);
  if (turn?.reply !== 'First answer from the drill.')
    problems.push(`after the retry the model answered ${JSON.stringify(turn)}`);
  faults.check('download broken off half-way', problems);
  expect(faults.failures).toEqual([]);
});
