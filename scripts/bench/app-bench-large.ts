import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Conversation, Turn } from '../../src/core/conversation/conversation';
import { buildExportDocument } from '../../src/store/transfer/export-files';
import { seedConversations } from './app-bench-seed';
import { longestTaskSince, observeLongTasks, pageNow } from './long-tasks';

// The sizes of issue 13 case 7: an export of one conversation of 150 turns of long Markdown
// replies (about 29.7 MB), and a stored conversation of 1,000 turns.
const largeTurns = 150;
const largeTitle = 'Large export';

interface BenchPage {
  origin: string;
  report: (metric: string, value: number, unit: string) => void;
  waitUntilReady: (page: Page) => Promise<number>;
}

/** One long Markdown reply of about 192,000 characters (the import limit is 200,000). */
function longMarkdownReply(turn: number): string {
  const block = [
    `## Options for day ${turn}`,
    'I found **several restaurants** in the *centre*; see [the guide](https://example.com/guide).',
    '',
    '1. **fox pasta bar**: Italian, `moderate`, 01223 000000',
    '2. **ember curry house**: Indian, `cheap`, open late',
    '3. **the golden wok**: Chinese, `expensive`',
    '',
    '```',
    "Action: FindRestaurants(area='centre', price_range='cheap')",
    '```',
    '',
    '> Prices change with the season, so check before you go.',
    '',
  ].join('\n');
  return block.repeat(Math.floor(192_000 / block.length));
}

/** Written by the app's own export builder, so the file is one the importer takes as it is. */
function largeExport(): string {
  const now = Date.now();
  const turns: Turn[] = Array.from({ length: largeTurns }, (_, index) => ({
    id: `large-turn-${index}`,
    user: `Tell me everything about restaurants, part ${index}`,
    reply: longMarkdownReply(index),
    status: 'complete',
    startedAt: now - 1_000,
    endedAt: now,
    state: {},
    steps: [],
  }));
  const conversation: Conversation = {
    id: 'large',
    title: largeTitle,
    createdAt: now,
    updatedAt: now,
    profile: 'cra-exact',
    turns,
  };
  return JSON.stringify(buildExportDocument([conversation], [], now));
}

/**
 * Clicks a conversation in the list and returns milliseconds until its last turn shows, and
 * (with `whole`) until its first turn shows its message after a jump to the top: the time to
 * the whole conversation, read behind the end shown first.
 */
async function timeOpen(
  page: Page,
  title: string,
  lastTurn: number,
): Promise<{ openMs: number; wholeMs: () => Promise<number> }> {
  const list = page.getByRole('list', { name: 'Conversation list' });
  const clickedAt = await page.evaluate(() => performance.now());
  await list
    .getByRole('button', { name: new RegExp(`^${title}`) })
    .first()
    .click();
  const openedAt = await page.waitForFunction(
    ({ title, lastTurn }) =>
      document.querySelector('.chat-title')?.textContent === title &&
      document.querySelector(`article[aria-label="Turn ${lastTurn}"]`)
        ? performance.now()
        : false,
    { title, lastTurn },
    { polling: 'raf', timeout: 120_000 },
  );
  const openMs = ((await openedAt.jsonValue()) as number) - clickedAt;
  const wholeMs = async () => {
    await page.getByRole('log', { name: 'Messages' }).press('Home');
    const firstAt = await page.waitForFunction(
      () =>
        document.querySelector('article[aria-label="Turn 1"] .message.user')
          ? performance.now()
          : false,
      undefined,
      { polling: 'raf', timeout: 120_000 },
    );
    return ((await firstAt.jsonValue()) as number) - clickedAt;
  };
  return { openMs, wholeMs };
}

export async function measureLargeConversations(browser: Browser, bench: BenchPage): Promise<void> {
  const { origin, report, waitUntilReady } = bench;
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await observeLongTasks(page);
  await page.goto(origin);
  await waitUntilReady(page);
  // A small conversation to switch away to; the export is newer, so it opens at start.
  await seedConversations(page, 1, 3);
  const file = Buffer.from(largeExport());
  report('large_export_mb', file.length / 1_000_000, 'MB');
  // From a file on disk: a buffer this size sent through the protocol can outlast the timeout.
  const filePath = path.join(tmpdir(), `coalm-large-export-${process.pid}.json`);
  writeFileSync(filePath, file);
  await page.getByLabel('Import').setInputFiles(filePath, { timeout: 120_000 });
  await page.getByText(/Imported 1 conversation/).waitFor({ timeout: 180_000 });

  await page.reload();
  report('large_start_ready_ms', await waitUntilReady(page), 'ms');
  await page.locator('article.turn').first().waitFor({ timeout: 120_000 });
  report(
    'large_start_dom_nodes',
    await page.evaluate(() => document.querySelectorAll('*').length),
    'nodes',
  );
  // From the reload (the page's clock starts again) until the turns above the end are in.
  await page
    .getByText('Loading this turn…')
    .first()
    .waitFor({ state: 'detached', timeout: 120_000 });
  report('large_start_longest_task_ms', await longestTaskSince(page, 0), 'ms');
  await timeOpen(page, 'Seeded conversation 0', 3);
  const openFrom = await pageNow(page);
  const large = await timeOpen(page, largeTitle, largeTurns);
  report('large_open_ms', large.openMs, 'ms');
  report(
    'large_open_dom_nodes',
    await page.evaluate(() => document.querySelectorAll('*').length),
    'nodes',
  );
  report('large_open_whole_ms', await large.wholeMs(), 'ms');
  report('large_open_longest_task_ms', await longestTaskSince(page, openFrom), 'ms');
  await context.close();

  const thousand = await browser.newContext({ serviceWorkers: 'block' });
  const second = await thousand.newPage();
  await second.goto(origin);
  await waitUntilReady(second);
  await seedConversations(second, 2, 1_000);
  await second.reload();
  await waitUntilReady(second);
  await second.locator('article.turn').first().waitFor({ timeout: 60_000 });
  const thousandTurns = await timeOpen(second, 'Seeded conversation 1', 1_000);
  report('open_1000_turns_ms', thousandTurns.openMs, 'ms');
  report('open_1000_turns_whole_ms', await thousandTurns.wholeMs(), 'ms');
  await thousand.close();
}
