import { messageBox, routeScript, sendMessage, waitForReplyDone } from '../app/scripted';
import {
  alerts,
  openApp,
  openConversation,
  shownWithin,
  waitForEngine,
  waitForTurns,
} from './app-pages';
import { idsByTitle, waitForSavedTurn, writeRaw } from './raw-indexeddb';
import { expect, test } from './fault-tally';

test.use({ serviceWorkers: 'block' });

const names = ['alpha', 'bravo', 'charlie', 'delta'] as const;
const question = (name: string) => `${name} question`;
const answer = (name: string) => `The ${name} answer.`;

test('damaged records: the app starts, skips and reports them, the rest loads', async ({
  page,
  faults,
}) => {
  const url = await routeScript(page, 'corrupt', {
    tokenDelayMs: 0,
    outputs: names.map((name) => `System: ${answer(name)}`),
  });
  await openApp(page, url);
  for (const name of names) {
    await page.getByRole('button', { name: 'New conversation' }).click();
    await sendMessage(page, question(name));
    await waitForReplyDone(page);
  }
  // Every record must be on disk before it is damaged, or a late save would repair it.
  for (const name of names) await waitForSavedTurn(page, question(name));
  const ids = await idsByTitle(page);
  const id = (name: string) => ids[question(name)] ?? `missing-${name}`;
  expect(Object.keys(ids)).toHaveLength(names.length);

  await writeRaw(page, [
    // alpha: both records garbage, so nothing can be rebuilt: skipped and reported.
    [`summary:${id('alpha')}`, '{"id": broken json'],
    [`conversation:${id('alpha')}`, 42],
    // bravo: the list entry is fine but the conversation is not: it is reported when opened.
    [`conversation:${id('bravo')}`, { id: id('bravo'), turns: 'not a list' }],
    // charlie: only the list entry is damaged; it is rebuilt from the conversation.
    [`summary:${id('charlie')}`, { title: ['not', 'text'] }],
    // A stray record of bytes with no list entry, and unreadable settings.
    ['conversation:stray', '__bytes__'],
    ['settings', 'not json at all'],
  ]);

  await page.reload();
  await messageBox(page);
  await waitForEngine(page);
  const list = page.getByRole('list', { name: 'Conversation list' });
  const listed = async (name: string) =>
    (await list.getByRole('button', { name: new RegExp(`^${question(name)}`) }).count()) === 1;

  const skipped = alerts(page).filter({ hasText: /2 damaged conversations were skipped/ });
  const reported = await shownWithin(skipped, 5_000);
  faults.check('garbage conversation and summary', [
    ...(reported ? [] : ['no message about the skipped records']),
    ...((await listed('alpha')) ? ['the damaged conversation is listed'] : []),
  ]);
  faults.check('stray byte record', reported ? [] : ['not reported']);
  const started = await page.getByLabel('Message', { exact: true }).isEnabled();
  faults.check('unreadable settings', started ? [] : ['the app did not start']);

  await expect(list.getByRole('listitem')).toHaveCount(3);
  for (const name of ['charlie', 'delta'] as const) {
    if (!(await listed(name))) {
      faults.lost(`${name} is not listed`);
      continue;
    }
    await openConversation(page, question(name));
    const [turn] = await waitForTurns(page, 1);
    if (turn?.user !== question(name) || turn.reply !== answer(name))
      faults.lost(`${name} did not load whole (${JSON.stringify(turn)})`);
  }
  faults.check('damaged list entry', (await listed('charlie')) ? [] : ['not rebuilt']);

  await openConversation(page, question('bravo'));
  const damaged = alerts(page).filter({ hasText: /damaged and cannot be opened/ });
  const bravoProblems: string[] = [];
  if (!(await shownWithin(damaged, 5_000))) bravoProblems.push('opening it said nothing');
  // The app still works after the failed open: a new conversation gets a reply.
  await page.getByRole('button', { name: 'New conversation' }).click();
  await sendMessage(page, 'still working?');
  await waitForReplyDone(page);
  const [fresh] = await waitForTurns(page, 1);
  if (fresh?.reply !== answer('alpha')) bravoProblems.push('the app stopped answering');
  faults.check('garbage conversation behind a good list entry', bravoProblems);

  expect(faults.failures).toEqual([]);
});
