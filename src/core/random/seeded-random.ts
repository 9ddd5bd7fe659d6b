/** A source of uniform numbers in [0, 1), like Math.random; injected so runs are repeatable. */
export type RandomSource = () => number;

/**
 * mulberry32: tiny, fast and good enough for a make-believe world, fuzz inputs and fault points.
 * The same seed gives the same sequence in every browser and in Node.
 */
export function createSeededRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
