import type { RandomSource } from '../../core/random/seeded-random';

const REFERENCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const REFERENCE_LENGTH = 8;

export function makeReference(random: RandomSource): string {
  let reference = '';
  for (let index = 0; index < REFERENCE_LENGTH; index += 1) {
    const position = Math.min(
      REFERENCE_ALPHABET.length - 1,
      Math.floor(random() * REFERENCE_ALPHABET.length),
    );
    reference += REFERENCE_ALPHABET.charAt(position);
  }
  return reference;
}

/** A reference no stored booking has; `isTaken` asks the repository. */
export async function makeUniqueReference(
  random: RandomSource,
  isTaken: (reference: string) => Promise<boolean>,
): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const reference = makeReference(random);
    if (!(await isTaken(reference))) return reference;
  }
  throw new Error('Could not find an unused booking reference: is the random source constant?');
}
