import {
  createStore,
  del,
  delMany,
  get,
  getMany,
  keys,
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
    keys: async () => (await keys(store)).map(String),
  };
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
