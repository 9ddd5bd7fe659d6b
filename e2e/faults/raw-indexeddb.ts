import { expect, type Page } from '@playwright/test';
import type { Turn } from '../../src/core/conversation/conversation';
import type { ConversationHead } from '../../src/core/conversation/conversation-record';
import { storageKeys } from '../../src/core/conversation/storage-keys';

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
  // Every record whose key has one of these prefixes; the turns are then put under their heads
  // here, with the app's own key function.
  const records = await page.evaluate(async () => {
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
    const wanted = keys.filter((key) => /^(conversation|turn|deleted):/.test(key));
    const values = await Promise.all(wanted.map((key) => read(store.get(key))));
    database.close();
    return Object.fromEntries(wanted.map((key, index) => [key, values[index]]));
  });
  const conversations: StoredConversation[] = [];
  const deleted: string[] = [];
  for (const [key, value] of Object.entries(records)) {
    if (key.startsWith('deleted:')) deleted.push(key.slice('deleted:'.length));
    if (!key.startsWith('conversation:')) continue;
    const head = value as ConversationHead;
    const turns = head.turnIndex.map((entry) => {
      const turn = records[storageKeys.turn(head.id, entry.id)] as Turn;
      return { user: turn.user, status: turn.status };
    });
    conversations.push({ id: head.id, title: head.title, turns });
  }
  return { conversations, deleted };
}
