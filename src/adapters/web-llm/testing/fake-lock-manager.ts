import type { LockManagerLike } from '../model-lock';

/** Web Locks for one origin, enough for exclusive locks with ifAvailable and steal. */
export function createFakeLockManager(): LockManagerLike & { holders(): number } {
  const held = new Map<string, { abort: (error: Error) => void }>();
  return {
    holders: () => held.size,
    request(name, options, callback) {
      if (held.has(name) && options.ifAvailable) return callback(null);
      if (held.has(name) && !options.steal)
        return Promise.reject(new Error('fake lock manager does not queue'));
      const previous = held.get(name);
      if (previous) {
        held.delete(name);
        const error = new Error('The lock was stolen.');
        error.name = 'AbortError';
        previous.abort(error);
      }
      return new Promise((resolve, reject) => {
        const entry = { abort: reject };
        held.set(name, entry);
        callback({ name }).then(
          (value) => {
            if (held.get(name) === entry) held.delete(name);
            resolve(value);
          },
          (error: unknown) => {
            if (held.get(name) === entry) held.delete(name);
            reject(error instanceof Error ? error : new Error(String(error)));
          },
        );
      });
    },
  };
}
