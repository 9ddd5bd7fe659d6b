import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../core/random/seeded-random';
import { makeReference, makeUniqueReference } from './booking';

describe('booking references', () => {
  it('are 8 upper-case letters and digits', () => {
    const random = createSeededRandom(3);
    for (let index = 0; index < 200; index += 1)
      expect(makeReference(random)).toMatch(/^[A-Z0-9]{8}$/);
    expect(makeReference(() => 0.999999999)).toBe('99999999');
  });

  it('skip references already taken', async () => {
    const taken = makeReference(createSeededRandom(3));
    const reference = await makeUniqueReference(
      createSeededRandom(3),
      async (candidate) => candidate === taken,
    );
    expect(reference).not.toBe(taken);
  });

  it('give up rather than loop forever on a constant random source', async () => {
    await expect(
      makeUniqueReference(
        () => 0.5,
        async () => true,
      ),
    ).rejects.toThrow(/unused/);
  });
});
