/**
 * Stopping a turn: the abort error, racing a promise against the signal, and a pause that a stop
 * cuts short.
 */

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

/**
 * Resolves after `ms`, or at once when the signal aborts (never rejects), leaving no timer or
 * listener behind. The caller checks `signal.aborted` afterwards and stops in its own way.
 * The scripted model's token pacing and the mock APIs' latency both wait with this.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', finish, { once: true });
  });
}
