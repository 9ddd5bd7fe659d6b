/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** FAULT_SEED in the environment replays a run; the default keeps runs comparable. */
export function faultSeed(): number {
  const raw = Number(process.env.FAULT_SEED);
  return Number.isInteger(raw) ? raw : 20_261_124;
}
