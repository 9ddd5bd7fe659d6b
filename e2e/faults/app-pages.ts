import { expect, type Locator, type Page } from '@playwright/test';
import { messageBox } from '../app/scripted';

/** A turn as the page shows it. */
export interface ShownTurn {
  user: string;
  reply: string;
  /** 'complete' when no status label is shown, 'streaming' while the reply is being written. */
  status: 'complete' | 'streaming' | 'interrupted' | 'aborted' | 'error';
}

/**
 * Opens `url` and waits until the store has loaded and the message box accepts input, and in
 * scripted mode until the script has loaded or failed: the message box is enabled before the
 * engine is ready, and a message sent in between stays in the box, not sent.
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await messageBox(page);
  if (url.includes('engine=scripted')) await waitForEngine(page);
}

/** Waits until scripted mode has loaded its script or given up (after a load or reload). */
export async function waitForEngine(page: Page): Promise<void> {
  await expect(page.locator('[data-engine-status]')).toHaveAttribute(
    'data-engine-status',
    /^(scripted|error)$/,
  );
}

/** The turns the message list has rendered now (it renders only those near the screen). */
export async function readTurns(page: Page): Promise<ShownTurn[]> {
  return (await readRenderedTurns(page)).map(([, turn]) => turn);
}

/**
 * Every turn of the open conversation: the list is virtualised, so it is scrolled from the top
 * to the bottom and each rendered turn is collected by its number. It ends scrolled to the bottom.
 */
export async function readAllTurns(page: Page): Promise<ShownTurn[]> {
  const log = page.locator('[role="log"]');
  const seen = new Map<number, ShownTurn>();
  await log.evaluate((element) => element.scrollTo({ top: 0 }));
  for (let step = 0; step < 500; step += 1) {
    // The list renders what came into view on the next frame.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    for (const [number, turn] of await readRenderedTurns(page)) seen.set(number, turn);
    const moved = await log.evaluate((element) => {
      const before = element.scrollTop;
      element.scrollTo({ top: before + element.clientHeight * 0.8 });
      return element.scrollTop !== before;
    });
    if (!moved) break;
  }
  return [...seen.entries()].sort(([a], [b]) => a - b).map(([, turn]) => turn);
}

function readRenderedTurns(page: Page): Promise<[number, ShownTurn][]> {
  return page.$$eval('[role="log"] article', (articles) =>
    articles.map((article) => {
      const number = Number(/\d+/.exec(article.getAttribute('aria-label') ?? '')?.[0] ?? -1);
      const user = article.querySelector('.message.user .plain-text')?.textContent ?? '';
      const assistant = article.querySelector('.message.assistant');
      // The reply is hidden from assistive technology exactly while it streams.
      const replyBox = assistant?.querySelector(':scope > .reply');
      const streaming = replyBox?.getAttribute('aria-hidden') === 'true';
      const label = assistant?.querySelector('.turn-status');
      const labelled = ['interrupted', 'aborted', 'error'].find((status) =>
        label?.classList.contains(status),
      );
      const status = labelled ?? (streaming ? 'streaming' : 'complete');
      // The rendered blocks, without the "Show the rest" button of a long reply.
      const blocks = Array.from(replyBox?.querySelector('.markdown')?.children ?? []).filter(
        (block) => !block.classList.contains('show-more'),
      );
      const text = blocks.map((block) => (block as HTMLElement).innerText).join('\n\n');
      const reply = streaming && text === '…' ? '' : text;
      return [number, { user, reply: reply.trim(), status }] as [number, ShownTurn];
    }),
  );
}

/** The open conversation's turns once it shows `count` of them (start-up opens the latest). */
export async function waitForTurns(page: Page, count: number): Promise<ShownTurn[]> {
  await expect
    .poll(async () => (await readAllTurns(page)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(count);
  return readAllTurns(page);
}

/** Opens the conversation whose title starts with `title` from the list. */
export async function openConversation(page: Page, title: string): Promise<void> {
  await page
    .getByRole('list', { name: 'Conversation list' })
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(title)}`) })
    .click();
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Urgent notices (storage full, damaged records, failures) and the engine banner's alerts. */
export function alerts(page: Page) {
  return page.getByRole('alert');
}

/** Python string literal for a scripted Action line: the parser reads CRA's Python syntax. */
export function pythonString(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
}

/**
 * Whether `locator` becomes visible within `timeout` ms. (Locator.isVisible answers at once and
 * ignores its timeout, so a message that appears a moment later would be missed.)
 */
export function shownWithin(locator: Locator, timeout: number): Promise<boolean> {
  return locator.waitFor({ state: 'visible', timeout }).then(
    () => true,
    () => false,
  );
}
