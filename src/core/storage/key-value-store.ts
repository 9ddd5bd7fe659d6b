/**
 * The storage seam: repositories are written against this, the idb-keyval adapter implements
 * it for the browser and the in-memory one for tests and Node.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  getMany<T>(keys: readonly string[]): Promise<(T | undefined)[]>;
  set(key: string, value: unknown): Promise<void>;
  setMany(entries: readonly [string, unknown][]): Promise<void>;
  delete(key: string): Promise<void>;
  /** Deletes every key given, in one transaction. */
  deleteMany(keys: readonly string[]): Promise<void>;
  /**
   * The keys, or those starting with `prefix`. Every caller wants one kind of record, and a
   * database holds a record per turn: a prefix is read as a key range, never a scan of all.
   */
  keys(prefix?: string): Promise<string[]>;
}

/** Thrown by stores when the browser refuses a write for lack of space (QuotaExceededError). */
export class StorageFullError extends Error {
  constructor(message = 'Storage is full: the browser refused to save more data.') {
    super(message);
    this.name = 'StorageFullError';
  }
}
