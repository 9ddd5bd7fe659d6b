import {
  createStore,
  del,
  delMany,
  get,
  getMany,
  keys,
  promisifyRequest,
  set,
  setMany,
  type UseStore,
} from 'idb-keyval';
import { StorageFullError, type KeyValueStore } from '../../core/storage/key-value-store';

/** The only module that imports idb-keyval: a named IndexedDB database as a KeyValueStore. */
export function createIdbKeyValueStore(
  databaseName = 'coalm-web',
  storeName = 'records',
): KeyValueStore {
  const store: UseStore = createStore(databaseName, storeName);
  return {
    get: (key) => get(key, store),
    getMany: (many) => getMany([...many], store),
    set: (key, value) => translateQuota(set(key, value, store)),
    setMany: (entries) => translateQuota(setMany([...entries], store)),
    delete: (key) => del(key, store),
    deleteMany: (many) => delMany([...many], store),
    keys: async (prefix) =>
      prefix
        ? (
            await store('readonly', (records) =>
              promisifyRequest(records.getAllKeys(prefixRange(prefix))),
            )
          ).map(String)
        : (await keys(store)).map(String),
  };
}

/**
 * Every string key that starts with `prefix`, exactly: from the prefix itself up to, not
 * including, the prefix with its last code unit raised by one (IndexedDB orders strings by code
 * unit).
 */
export function prefixRange(prefix: string): IDBKeyRange {
  const upper = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return IDBKeyRange.bound(prefix, upper, false, true);
}

export async function translateQuota(write: Promise<void>): Promise<void> {
  try {
    await write;
  } catch (error) {
    // Chromium reports a full disk as a DOMException named QuotaExceededError; Firefox may
    // wrap it as an AbortError whose inner error carries the quota name.
    const name = (error as { name?: string }).name ?? '';
    const inner = (error as { inner?: { name?: string } }).inner?.name ?? '';
    if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
      throw new StorageFullError();
    throw error;
  }
}
