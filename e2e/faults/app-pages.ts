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
 * engine is ready, and a message sent in between only gets "No model is loaded".
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

/** Reads every turn of the open conversation from the page. */
export function readTurns(page: Page): Promise<ShownTurn[]> {
  return page.$$eval('[role="log"] article', (articles) =>
    articles.map((article) => {
      const user = article.querySelector('.message.user .plain-text')?.textContent ?? '';
      const assistant = article.querySelector('.message.assistant');
      // The reply box is hidden from assistive technology exactly while the reply streams.
      const replyBox = assistant?.querySelector<HTMLElement>(':scope > .reply');
      const streaming = replyBox?.getAttribute('aria-hidden') === 'true';
      const label = assistant?.querySelector('.turn-status');
      const labelled = ['interrupted', 'aborted', 'error'].find((status) =>
        label?.classList.contains(status),
      );
      const status = labelled ?? (streaming ? 'streaming' : 'complete');
      const text = replyBox?.innerText.trim() ?? '';
      // A reply with no text yet shows an ellipsis.
      const reply = streaming && text === '…' ? '' : text;
      return { user, reply: reply.trim(), status } as ShownTurn;
    }),
  );
}

/** The open conversation's turns once it shows `count` of them (start-up opens the latest). */
export async function waitForTurns(page: Page, count: number): Promise<ShownTurn[]> {
  await expect
    .poll(async () => (await readTurns(page)).length, { timeout: 10_000 })
    .toBeGreaterThanOrEqual(count);
  return readTurns(page);
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
