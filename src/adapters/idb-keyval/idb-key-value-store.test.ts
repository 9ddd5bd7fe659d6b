import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { StorageFullError } from '../../core/storage/key-value-store';
import { createIdbKeyValueStore, translateQuota } from './idb-key-value-store';

describe('idb-keyval store', () => {
  it('reads back what it wrote, one key or many, and deletes', async () => {
    const store = createIdbKeyValueStore('test-round-trip');
    await store.set('a', { nested: [1, 2] });
    await store.setMany([
      ['b', 'two'],
      ['c', 3],
    ]);
    expect(await store.get('a')).toEqual({ nested: [1, 2] });
    expect(await store.getMany(['c', 'missing', 'b'])).toEqual([3, undefined, 'two']);
    expect((await store.keys()).sort()).toEqual(['a', 'b', 'c']);
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    await store.deleteMany(['b', 'c', 'never']);
    expect(await store.keys()).toEqual([]);
  });

  it('lists the keys with a prefix as a key range: all of them and no other', async () => {
    const store = createIdbKeyValueStore('test-prefix');
    const keys = [
      'summary:',
      'summary:a',
      'summary:\uffff\uffff',
      'summary;',
      'summar',
      'turn:a:1',
    ];
    await store.setMany(keys.map((key) => [key, 1]));
    expect((await store.keys('summary:')).sort()).toEqual(
      ['summary:', 'summary:\uffff\uffff', 'summary:a'].sort(),
    );
    expect(await store.keys('turn:a:')).toEqual(['turn:a:1']);
    expect(await store.keys('nothing:')).toEqual([]);
    expect((await store.keys()).length).toBe(keys.length);
  });

  it('turns the browsers quota errors into StorageFullError and passes others on', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    const wrapped = Object.assign(new Error('abort'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    await expect(translateQuota(Promise.reject(quota))).rejects.toBeInstanceOf(StorageFullError);
    await expect(translateQuota(Promise.reject(wrapped))).rejects.toBeInstanceOf(StorageFullError);
    const other = new Error('other');
    await expect(translateQuota(Promise.reject(other))).rejects.toBe(other);
  });
});
