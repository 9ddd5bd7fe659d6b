import type { KeyValueStore } from './key-value-store';

/**
 * In-memory store for tests and Node. Values are structured-cloned on the way in and out, like
 * IndexedDB, so a test cannot pass by mutating a stored object by reference.
 */
export function createMemoryKeyValueStore(): KeyValueStore & { readonly size: number } {
  const entries = new Map<string, unknown>();
  return {
    get size() {
      return entries.size;
    },
    async get<T>(key: string) {
      return entries.has(key) ? (structuredClone(entries.get(key)) as T) : undefined;
    },
    async getMany<T>(keys: readonly string[]) {
      return keys.map((key) =>
        entries.has(key) ? (structuredClone(entries.get(key)) as T) : undefined,
      );
    },
    async set(key, value) {
      entries.set(key, structuredClone(value));
    },
    async setMany(pairs) {
      for (const [key, value] of pairs) entries.set(key, structuredClone(value));
    },
    async delete(key) {
      entries.delete(key);
    },
    async deleteMany(keys) {
      for (const key of keys) entries.delete(key);
    },
    async keys(prefix = '') {
      return [...entries.keys()].filter((key) => key.startsWith(prefix));
    },
  };
}
