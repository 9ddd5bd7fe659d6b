import { expect, type Page } from '@playwright/test';

/** Writes values straight into the app's IndexedDB (database coalm-web, store records). */
export async function writeRaw(page: Page, entries: [string, unknown][]): Promise<void> {
  await page.evaluate(async (records) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coalm-web');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const transaction = database.transaction('records', 'readwrite');
    const store = transaction.objectStore('records');
    for (const [key, value] of records)
      store.put(value === '__bytes__' ? new Uint8Array([0, 255, 7]) : value, key);
    await new Promise<void>((resolve, reject) => {
      transaction.oncomplete = () => resolve();
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, entries);
}

/** Conversation ids by the title their first message gave them. */
export async function idsByTitle(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coalm-web');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = database.transaction('records').objectStore('records');
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const keys = (await read(store.getAllKeys())).map(String);
    const ids: Record<string, string> = {};
    for (const key of keys.filter((candidate) => candidate.startsWith('summary:'))) {
      const summary = (await read(store.get(key))) as { id: string; title: string };
      ids[summary.title] = summary.id;
    }
    database.close();
    return ids;
  });
}

/** Reads one record straight from the app's IndexedDB. */
export async function readRaw(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (wanted) => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coalm-web');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const request = database.transaction('records').objectStore('records').get(wanted);
    const value = await new Promise<unknown>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    database.close();
    return value;
  }, key);
}

/**
 * Waits until a stored conversation holds a finished turn for `user`. The chat clears `busy` a
 * moment before that turn is written, so "the reply is done" on screen is not yet "saved".
 */
export async function waitForSavedTurn(page: Page, user: string): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async (wanted) => {
          const database = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('coalm-web');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const request = database.transaction('records').objectStore('records').getAll();
          const values = await new Promise<unknown[]>((resolve, reject) => {
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          database.close();
          // Schema 4: each turn is its own record (turn:<conversation>:<turn>).
          return values.some((value) => {
            const turn = value as { user?: unknown; status?: unknown; steps?: unknown } | null;
            return turn?.user === wanted && turn.status === 'complete' && Array.isArray(turn.steps);
          });
        }, user),
      { message: `the turn "${user}" is saved` },
    )
    .toBe(true);
}

/** A stored conversation as the tab tests compare it. */
export interface StoredConversation {
  id: string;
  title: string;
  turns: { user: string; status: string }[];
}

/** Every stored conversation and the ids deleted for good (their tombstones). */
export async function readStoredConversations(
  page: Page,
): Promise<{ conversations: StoredConversation[]; deleted: string[] }> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('coalm-web');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = database.transaction('records').objectStore('records');
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const keys = (await read(store.getAllKeys())).map(String);
    const conversations: StoredConversation[] = [];
    // Schema 4: the head lists its turns, each stored as turn:<conversation>:<turn>.
    for (const key of keys.filter((candidate) => candidate.startsWith('conversation:'))) {
      const head = (await read(store.get(key))) as {
        id: string;
        title: string;
        turnIndex: { id: string }[];
      };
      const turns: StoredConversation['turns'] = [];
      for (const entry of head.turnIndex) {
        const escapedId = head.id.replaceAll('%', '%25').replaceAll(':', '%3A');
        const turnKey = `turn:${escapedId}:${entry.id}`;
        const turn = (await read(store.get(turnKey))) as { user: string; status: string };
        turns.push({ user: turn.user, status: turn.status });
      }
      conversations.push({ id: head.id, title: head.title, turns });
    }
    database.close();
    const deleted = keys.flatMap((key) =>
      key.startsWith('deleted:') ? [key.slice('deleted:'.length)] : [],
    );
    return { conversations, deleted };
  });
}
