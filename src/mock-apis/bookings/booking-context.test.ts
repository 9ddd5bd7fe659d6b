import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './booking-context';

describe('createSerialQueue', () => {
  it('runs operations one at a time in order, even after a failure', async () => {
    const enqueue = createSerialQueue();
    const log: string[] = [];
    const slow = (name: string, delay: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
      log.push(`end ${name}`);
      return name;
    };
    const failing = enqueue(async () => {
      throw new Error('boom');
    });
    const results = await Promise.all([
      enqueue(slow('a', 20)),
      enqueue(slow('b', 1)),
      failing.catch((error: Error) => error.message),
    ]);
    expect(results).toEqual(['a', 'b', 'boom']);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b']);
  });
});
