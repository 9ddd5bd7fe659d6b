import { messageBox, routeScript, sendMessage, waitForReplyDone } from '../app/scripted';
import { alerts, openApp, readTurns, waitForTurns } from './app-pages';
import { expect, test } from './fault-tally';
import { waitForSavedTurn } from './raw-indexeddb';

test.use({ serviceWorkers: 'block' });

type FullMode = 'throw' | 'abort';

/**
 * Installed before the app's scripts: once `window.__storageFull` is set, IndexedDB writes fail
 * the way Chromium fails them on a full disk. 'throw': put throws a QuotaExceededError
 * DOMException. 'abort': the write is accepted, then its transaction aborts with a
 * QuotaExceededError as its error, which is how a commit that does not fit is reported.
 */
function fillStorageOnDemand(): void {
  const put = IDBObjectStore.prototype.put;
  const aborted = new WeakSet<IDBTransaction>();
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    const mode = (window as unknown as { __storageFull?: string }).__storageFull;
    const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (mode === 'throw') throw quota();
    const request = put.apply(this, args);
    const transaction = this.transaction;
    if (mode === 'abort' && !aborted.has(transaction)) {
      aborted.add(transaction);
      Object.defineProperty(transaction, 'error', { value: quota(), configurable: true });
      queueMicrotask(() => transaction.abort());
    }
    return request;
  };
}

const setStorageFull = (mode: FullMode | false) =>
  ((window as unknown as { __storageFull?: FullMode | false }).__storageFull = mode);

for (const mode of ['throw', 'abort'] as const) {
  test(`storage full during writes (${mode}): a clear message, earlier data intact after reload`, async ({
    page,
    faults,
  }) => {
    await page.addInitScript(fillStorageOnDemand);
    const url = await routeScript(page, 'quota', {
      tokenDelayMs: 0,
      outputs: ['System: The first answer was saved.', 'System: The second answer fits nowhere.'],
    });
    await openApp(page, url);
    await sendMessage(page, 'first question');
    await waitForReplyDone(page);
    const conversationList = page.getByRole('list', { name: 'Conversation list' });
    await expect(conversationList.getByRole('button', { name: /^first question/ })).toBeVisible();

    await waitForSavedTurn(page, 'first question');
    await page.evaluate(setStorageFull, mode);
    const storageFull = alerts(page).filter({ hasText: /storage is full/i });

    // Fault 1: the disk fills while a turn is saved.
    await sendMessage(page, 'second question');
    await waitForReplyDone(page);
    const turnProblems: string[] = [];
    if (!(await storageFull.isVisible().catch(() => false)))
      await storageFull
        .waitFor({ timeout: 5_000 })
        .catch(() => turnProblems.push('no storage-full message'));
    const shown = await readTurns(page);
    if (shown.at(-1)?.reply !== 'The second answer fits nowhere.')
      turnProblems.push('the reply was not kept in the tab');
    if (!(await (await messageBox(page)).isEnabled())) turnProblems.push('the composer is stuck');
    faults.check(`storage full during a turn (${mode})`, turnProblems);

    // Fault 2: the disk is still full when a conversation is renamed.
    await page.getByRole('button', { name: /^Dismiss: Storage is full/ }).click();
    await conversationList.getByRole('button', { name: /^Rename first question/ }).click();
    const titleBox = page.getByRole('textbox', { name: /^New title for/ });
    await titleBox.fill('renamed while full');
    await titleBox.press('Enter');
    const renameProblems: string[] = [];
    await storageFull
      .waitFor({ timeout: 5_000 })
      .catch(() => renameProblems.push('no storage-full message after the rename'));
    faults.check(`storage full during a rename (${mode})`, renameProblems);

    // Fault 3: "Export everything" is what the message offers; it must still work when full.
    const download = page.waitForEvent('download', { timeout: 5_000 }).catch(() => null);
    await storageFull.getByRole('button', { name: 'Export everything', exact: true }).click();
    faults.check(
      `export while storage is full (${mode})`,
      (await download) ? [] : ['no file was offered'],
    );

    // The reload starts with free space again: what was saved before the disk filled is intact.
    await page.reload();
    await messageBox(page);
    await expect(conversationList.getByRole('listitem')).toHaveCount(1);
    const turns = await waitForTurns(page, 1);
    const first = turns[0];
    if (first?.user !== 'first question') faults.lost('the first question');
    if (first?.reply !== 'The first answer was saved.') faults.lost('the first answer');
    expect(faults.failures).toEqual([]);
  });
}
