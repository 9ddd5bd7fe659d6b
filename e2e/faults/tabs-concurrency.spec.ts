import type { BrowserContext, Page } from '@playwright/test';
import { routeScript, sendMessage, waitForReplyDone, type Script } from '../app/scripted';
import { openApp, openConversation, readTurns, waitForTurns } from './app-pages';
import { expect, test, type FaultTally } from './fault-tally';
import { readStoredConversations, waitForSavedTurn } from './raw-indexeddb';

test.use({ serviceWorkers: 'block' });

/** About 1.6 s of streaming (80 chunks, 20 ms apart): long enough for the other tab to act. */
function longReply(tag: string): string {
  return `System: ${`${tag} is written slowly so that the other tab acts while it streams. `.repeat(6)}`;
}

const BOOKING =
  "Thought: Book it.\nAction: ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')";

/** A tab of the one browser context: all tabs share IndexedDB and BroadcastChannel. */
async function openTab(context: BrowserContext, name: string, script: Script): Promise<Page> {
  const page = await context.newPage();
  await openApp(page, await routeScript(page, name, { tokenDelayMs: 20, ...script }));
  return page;
}

/** Tab `first` starts a conversation; `second` opens it. */
async function sharedConversation(first: Page, second: Page, user: string): Promise<void> {
  await sendMessage(first, user);
  await waitForReplyDone(first);
  await waitForSavedTurn(first, user);
  await openConversation(second, user);
  await waitForTurns(second, 1);
}

/** Counts each expected turn missing from storage as lost data. */
async function checkStored(
  page: Page,
  faults: FaultTally,
  fault: string,
  expectedUsers: string[],
  title?: string,
): Promise<void> {
  const { conversations } = await readStoredConversations(page);
  const stored = conversations.find((conversation) =>
    conversation.turns.some((turn) => turn.user === expectedUsers[0]),
  );
  const problems: string[] = [];
  for (const user of expectedUsers) {
    if (!stored?.turns.some((turn) => turn.user === user && turn.status === 'complete')) {
      faults.lost(`${fault}: the turn "${user}"`);
      problems.push(`"${user}" is not stored complete`);
    }
  }
  if (title !== undefined && stored?.title !== title) {
    faults.lost(`${fault}: the title "${title}"`);
    problems.push(`title is "${stored?.title}", not "${title}"`);
  }
  faults.check(fault, problems);
}

test('two tabs sending into one conversation at once both keep their turns', async ({
  context,
  faults,
}) => {
  const a = await openTab(context, 'send-a', {
    outputs: ['System: Noted.', longReply('reply A')],
  });
  const b = await openTab(context, 'send-b', { outputs: [longReply('reply B')] });
  await sharedConversation(a, b, 'start here');

  await sendMessage(a, 'from tab A');
  await sendMessage(b, 'from tab B');
  await waitForReplyDone(a);
  await waitForReplyDone(b);
  await waitForSavedTurn(a, 'from tab A');
  await waitForSavedTurn(b, 'from tab B');
  await checkStored(a, faults, 'two sends at once', ['start here', 'from tab A', 'from tab B']);

  // Each screen shows its own turn and the other's, before and after a reload.
  for (const [name, page] of [
    ['A', a],
    ['B', b],
  ] as const) {
    for (const moment of ['before reload', 'after reload']) {
      if (moment === 'after reload') await page.reload();
      const users = (await waitForTurns(page, 3).catch(() => readTurns(page))).map(
        (turn) => turn.user,
      );
      faults.check(
        `tab ${name} screen ${moment}`,
        users.join('|') === 'start here|from tab A|from tab B' ? [] : [`shows ${users.join('|')}`],
      );
    }
  }
  expect(faults.failures).toEqual([]);
});

test('a note sent while the other tab waits on a booking card outlives the confirm', async ({
  context,
  faults,
}) => {
  const a = await openTab(context, 'card-a', {
    outputs: ['System: Noted.', BOOKING, 'System: Booked fox pasta bar for you.'],
  });
  const b = await openTab(context, 'card-b', { outputs: ['System: Got your note.'] });
  await sharedConversation(a, b, 'dinner plans');

  await sendMessage(a, 'book fox pasta bar for 2 on friday at 19:00');
  const card = a.getByRole('group', { name: 'Confirm booking' });
  await expect(card).toBeVisible();
  await sendMessage(b, 'a note from tab B');
  await waitForReplyDone(b);
  await waitForSavedTurn(b, 'a note from tab B');
  await card.getByRole('button', { name: 'Confirm' }).click();
  await waitForReplyDone(a);
  await waitForSavedTurn(a, 'book fox pasta bar for 2 on friday at 19:00');

  await checkStored(a, faults, 'note during a booking card', [
    'dinner plans',
    'a note from tab B',
    'book fox pasta bar for 2 on friday at 19:00',
  ]);
  expect(faults.failures).toEqual([]);
});

test('a rename made while the other tab streams is kept when it finishes', async ({
  context,
  faults,
}) => {
  const a = await openTab(context, 'rename-a', { outputs: ['System: Noted.'] });
  const b = await openTab(context, 'rename-b', { outputs: [longReply('streamed reply')] });
  await sharedConversation(a, b, 'trip to ely');

  await sendMessage(b, 'tell me a long story');
  await expect(b.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  const list = a.getByRole('list', { name: 'Conversation list' });
  await list.getByRole('button', { name: /^Rename trip to ely/ }).click();
  await a.getByLabel(/^New title for trip to ely/).fill('Ely weekend');
  await a.getByRole('button', { name: 'Save' }).click();
  const stillStreaming = await b.getByRole('button', { name: 'Stop', exact: true }).count();
  await waitForReplyDone(b);
  await waitForSavedTurn(b, 'tell me a long story');

  await checkStored(
    a,
    faults,
    'rename during a stream',
    ['trip to ely', 'tell me a long story'],
    'Ely weekend',
  );
  await b.reload();
  await expect(
    b
      .getByRole('list', { name: 'Conversation list' })
      .getByRole('button', { name: /^Ely weekend/ }),
  ).toBeVisible();
  expect(stillStreaming, 'the rename happened while the reply streamed').toBe(1);
  expect(faults.failures).toEqual([]);
});

test('a delete made while the other tab streams wins and stops that reply', async ({
  context,
  faults,
}) => {
  const a = await openTab(context, 'delete-a', { outputs: ['System: Noted.'] });
  const b = await openTab(context, 'delete-b', { outputs: [longReply('doomed reply')] });
  await sharedConversation(a, b, 'short lived');

  await sendMessage(b, 'keep talking');
  await expect(b.getByRole('button', { name: 'Stop', exact: true })).toBeVisible();
  await a
    .getByRole('list', { name: 'Conversation list' })
    .getByRole('button', { name: 'Delete short lived' })
    .click();
  await waitForReplyDone(b);
  await expect(b.getByText(/deleted in another tab/)).toBeVisible();
  // Give a late save from B every chance to bring the conversation back.
  await b.waitForTimeout(1_500);

  const problems: string[] = [];
  for (const page of [a, b]) {
    await openApp(page, page.url());
    const { conversations, deleted } = await readStoredConversations(page);
    if (conversations.some((conversation) => conversation.title === 'short lived'))
      problems.push('the deleted conversation is back in storage');
    if (deleted.length !== 1) problems.push(`${deleted.length} tombstones`);
    const listed = await page
      .getByRole('list', { name: 'Conversation list' })
      .getByRole('button', { name: /^short lived/ })
      .count();
    if (listed > 0) problems.push('the deleted conversation is listed again');
  }
  faults.check('delete during a stream', problems);
  expect(faults.failures).toEqual([]);
});
