// One tab at a time loads a model: two 5 GB models would not fit one GPU. Web Locks name one
// lock per origin; another tab is told it is busy and may take the lock over (steal).

export const modelLockName = 'coalm-model-engine';

export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<unknown>,
  ): Promise<unknown>;
}

export interface ModelLock {
  release(): void;
}

/** Thrown when another tab holds the model lock and the caller did not ask to steal it. */
export class ModelLockBusyError extends Error {
  constructor() {
    super('Another tab of this app is running a model. Close it, or take over here.');
    this.name = 'ModelLockBusyError';
  }
}

const noLock: ModelLock = { release() {} };

/**
 * Resolves with the held lock, or rejects with ModelLockBusyError. `onLost` runs if another tab
 * steals it later. Without the Web Locks API (old browsers) it proceeds unguarded.
 */
export function acquireModelLock(
  locks: LockManagerLike | undefined,
  options: { steal: boolean; onLost: () => void },
): Promise<ModelLock> {
  if (!locks) return Promise.resolve(noLock);
  return new Promise((resolve, reject) => {
    let released = false;
    let release: () => void = () => {};
    const held = new Promise<void>((done) => (release = done));
    const request = locks.request(
      modelLockName,
      options.steal ? { steal: true } : { ifAvailable: true },
      async (lock) => {
        if (lock === null) {
          reject(new ModelLockBusyError());
          return;
        }
        resolve({
          release() {
            released = true;
            release();
          },
        });
        await held;
      },
    );
    // A stolen lock rejects the original request with an AbortError.
    request.catch(() => {
      if (!released) options.onLost();
    });
  });
}
