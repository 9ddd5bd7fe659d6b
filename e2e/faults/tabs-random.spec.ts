import type { Page } from '@playwright/test';
import { routeScript, sendMessage, waitForReplyDone } from '../app/scripted';
import { openApp } from './app-pages';
import { expect, test } from './fault-tally';
import { readStoredConversations } from './raw-indexeddb';
import { createSeededRandom, integerBetween, pickOne } from '../../src/core/random/seeded-random';

test.use({ serviceWorkers: 'block' });

const ROUNDS = 20;
const BOOKING =
  "Thought: Book it.\nAction: ReserveRestaurant(name='fox pasta bar', people=2, day='friday', time='19:00')";

/** FAULT_SEED in the environment replays a run; the default keeps runs comparable. */
function faultSeed(): number {
  const raw = Number(process.env.FAULT_SEED);
  return Number.isInteger(raw) ? raw : 20_261_207;
}

/** What the test did, as every tab together should have stored it. */
interface Expected {
  /** The first message, which also names the conversation until it is renamed. */
  key: string;
  title: string;
  users: string[];
  deleted: boolean;
}

interface Tab {
  page: Page;
  name: string;
  /** The key of the conversation open in this tab, or null for none. */
  open: string | null;
}

/** A script of plain replies and bookings (a booking waits on the card), drawn from the seed. */
function scriptFor(random: () => number): string[] {
  const outputs: string[] = [];
  for (let turn = 0; turn < 40; turn += 1) {
    const reply = `System: reply ${turn} ${'streams for a moment. '.repeat(integerBetween(random, 1, 6))}`;
    if (random() < 0.25) outputs.push(BOOKING, 'System: Booked fox pasta bar.');
    else outputs.push(reply);
  }
  return outputs;
}

function listButton(page: Page, title: string) {
  return page
    .getByRole('list', { name: 'Conversation list' })
    .getByRole('button', { name: new RegExp(`^${title}`) });
}

/** Waits until every tab lists (or no longer lists) `title`. */
async function settled(tabs: Tab[], title: string, listed: boolean): Promise<void> {
  for (const tab of tabs) {
    if (listed) await expect(listButton(tab.page, title).first()).toBeVisible();
    else await expect(listButton(tab.page, title)).toHaveCount(0);
  }
}

test('three tabs sending, renaming, deleting and confirming at seeded random moments lose nothing', async ({
  context,
  faults,
}) => {
  test.setTimeout(300_000);
  const random = createSeededRandom(faultSeed());
  const tabs: Tab[] = [];
  for (const name of ['t0', 't1', 't2']) {
    const page = await context.newPage();
    const url = await routeScript(page, `random-${name}`, {
      tokenDelayMs: 10,
      outputs: scriptFor(random),
    });
    await openApp(page, url);
    tabs.push({ page, name, open: null });
  }
  const expected: Expected[] = [];
  const live = () => expected.filter((item) => !item.deleted);
  const actions: string[] = [];

  for (let round = 0; round < ROUNDS; round += 1) {
    const tab = pickOne(random, tabs);
    const { page } = tab;
    const card = page.getByRole('group', { name: 'Confirm booking' });
    const busy = (await page.getByRole('button', { name: 'Stop', exact: true }).count()) > 0;
    const roll = random();
    if (busy && (await card.count()) > 0 && roll < 0.6) {
      await card.getByRole('button', { name: 'Confirm' }).click();
      actions.push(`${tab.name} confirm`);
    } else if (!busy && roll < 0.55) {
      const user = `r${round} ${tab.name}`;
      const target = tab.open === null ? undefined : live().find((item) => item.key === tab.open);
      await sendMessage(page, user);
      if (target) target.users.push(user);
      else {
        expected.push({ key: user, title: user, users: [user], deleted: false });
        tab.open = user;
      }
      actions.push(`${tab.name} send ${target ? `into ${target.key}` : 'new'}`);
    } else if (live().length > 0 && roll < 0.7) {
      const target = pickOne(random, live());
      await listButton(page, target.title).first().click();
      tab.open = target.key;
      actions.push(`${tab.name} open ${target.key}`);
    } else if (live().length > 0 && roll < 0.85) {
      const target = pickOne(random, live());
      const title = `renamed ${round}`;
      await page
        .getByRole('list', { name: 'Conversation list' })
        .getByRole('button', { name: `Rename ${target.title}` })
        .click();
      await page.getByLabel(`New title for ${target.title}`).fill(title);
      await page.getByRole('button', { name: 'Save' }).click();
      target.title = title;
      await settled(tabs, title, true);
      actions.push(`${tab.name} rename ${target.key}`);
    } else if (live().length > 1) {
      const target = pickOne(random, live());
      await page
        .getByRole('list', { name: 'Conversation list' })
        .getByRole('button', { name: `Delete ${target.title}` })
        .click();
      target.deleted = true;
      for (const other of tabs) if (other.open === target.key) other.open = null;
      await settled(tabs, target.title, false);
      actions.push(`${tab.name} delete ${target.key}`);
    }
    await page.waitForTimeout(integerBetween(random, 0, 600));
  }

  // Let every tab finish: confirm what waits on a card, then wait for the replies.
  for (const { page } of tabs) {
    for (let guard = 0; guard < 5; guard += 1) {
      const card = page.getByRole('group', { name: 'Confirm booking' });
      if ((await card.count()) === 0) {
        if ((await page.getByRole('button', { name: 'Stop', exact: true }).count()) === 0) break;
        await page.waitForTimeout(500);
        continue;
      }
      await card.getByRole('button', { name: 'Confirm' }).click();
    }
    await waitForReplyDone(page);
  }
  await tabs[0]!.page.waitForTimeout(1_000);
  console.log(`tabs random: ${actions.length} actions: ${actions.join(', ')}`);

  for (const tab of tabs) await openApp(tab.page, tab.page.url());
  const { conversations, deleted } = await readStoredConversations(tabs[0]!.page);
  for (const item of expected) {
    const stored = conversations.find((conversation) =>
      conversation.turns.some((turn) => turn.user === item.key),
    );
    if (item.deleted) {
      faults.check(`deleted ${item.key}`, stored ? ['came back'] : []);
      continue;
    }
    const problems: string[] = [];
    for (const user of item.users) {
      const turn = stored?.turns.find((candidate) => candidate.user === user);
      if (!turn) {
        faults.lost(`turn "${user}"`);
        problems.push(`"${user}" missing`);
      } else if (turn.status !== 'complete') problems.push(`"${user}" is ${turn.status}`);
    }
    if (stored && stored.title !== item.title) {
      faults.lost(`title "${item.title}"`);
      problems.push(`title "${stored.title}", not "${item.title}"`);
    }
    faults.check(`conversation ${item.key}`, problems);
  }
  faults.check(
    'no extra conversations',
    conversations.length === live().length
      ? []
      : [`${conversations.length} stored, ${live().length} expected`],
  );
  faults.check(
    'tombstones',
    deleted.length === expected.filter((item) => item.deleted).length
      ? []
      : [`${deleted.length} tombstones`],
  );
  for (const tab of tabs) {
    const titles = await tab.page
      .getByRole('list', { name: 'Conversation list' })
      .locator('.conversation-title')
      .allTextContents();
    const want = live()
      .map((item) => item.title)
      .sort();
    faults.check(
      `tab ${tab.name} list after reload`,
      titles.sort().join('|') === want.join('|') ? [] : [`lists ${titles.join('|')}`],
    );
  }
  expect(faults.failures).toEqual([]);
});
