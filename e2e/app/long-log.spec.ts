import { expect, test } from '@playwright/test';
import { messageBox, messages } from './scripted';
import type { Conversation, Turn } from '../../src/core/conversation/conversation';
import { buildExportDocument } from '../../src/store/transfer/export-files';

test.use({ serviceWorkers: 'block' });

const turnCount = 60;

/** An export of one conversation long enough that the log renders only part of it. */
function longExport(): string {
  const now = Date.now();
  const turns: Turn[] = Array.from({ length: turnCount }, (_, index) => ({
    id: `long-turn-${index}`,
    user: `question ${index + 1}`,
    reply: `answer ${index + 1}\n\n${'A paragraph that takes some room on the screen. '.repeat(8)}`,
    status: 'complete',
    startedAt: now - 1_000,
    endedAt: now,
    state: {},
    steps: [],
  }));
  const conversation: Conversation = {
    id: 'long',
    title: 'Long log',
    createdAt: now,
    updatedAt: now,
    profile: 'cra-exact',
    turns,
  };
  return JSON.stringify(buildExportDocument([conversation], [], now));
}

test('a long conversation opens at its end, and Home and End in the log reach either end', async ({
  page,
}) => {
  await page.goto('/');
  await messageBox(page);
  await page.getByLabel('Import').setInputFiles({
    name: 'long.json',
    mimeType: 'application/json',
    buffer: Buffer.from(longExport()),
  });
  await page
    .getByRole('list', { name: 'Conversation list' })
    .getByRole('button', { name: /^Long log/ })
    .click();
  const log = messages(page);
  const first = log.getByRole('article', { name: 'Turn 1', exact: true });
  const last = log.getByRole('article', { name: `Turn ${turnCount}`, exact: true });
  await expect(last).toBeInViewport();
  // Only the turns near the screen are in the document.
  expect(await log.getByRole('article').count()).toBeLessThan(turnCount);
  await expect(first).toHaveCount(0);

  // A jump to the top re-renders the list; it must stay at the top, not spring back down.
  await log.focus();
  await page.keyboard.press('Home');
  await expect(first).toBeInViewport();
  await page.waitForTimeout(300);
  await expect(first).toBeInViewport();
  await expect(first).toContainText('question 1');

  await page.keyboard.press('End');
  await expect(last).toBeInViewport();
  await expect(last).toContainText(`answer ${turnCount}`);

  // After a reload it is the latest conversation and opens at start: its end shows first, the
  // turns above it are read a moment later, and none stays a placeholder.
  await page.reload();
  await messageBox(page);
  await expect(last).toBeInViewport();
  await expect(last).toContainText(`answer ${turnCount}`);
  await log.focus();
  await page.keyboard.press('Home');
  await expect(first).toBeInViewport();
  await expect(first).toContainText('question 1');
  await expect(log.getByText('Loading this turn…')).toHaveCount(0);
});
