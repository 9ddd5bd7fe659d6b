/** Thrown inside the loop when the turn's signal aborts; never escapes `runTurn`. */
export class TurnAborted extends Error {
  constructor() {
    super('The turn was stopped.');
    this.name = 'TurnAborted';
  }
}

/**
 * Settles with the promise, or rejects with TurnAborted as soon as the signal aborts. The
 * listener is removed either way, and the losing promise's rejection is swallowed, so nothing
 * is left dangling.
 */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(new TurnAborted());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => undefined);
      reject(new TurnAborted());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
