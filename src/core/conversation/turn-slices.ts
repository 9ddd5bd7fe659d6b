import type { KeyValueStore } from '../storage/key-value-store';
import type { Turn } from './conversation';

/**
 * About this many characters of turns go into one transaction. A browser structured-clones a
 * transaction's values on the main thread in one task: a 30 MB import written at once blocks
 * the page for a third of a second, in 2 MB slices for a few milliseconds each.
 */
export const SLICE_CHARACTERS = 2_000_000;

/** A cheap upper-bound guess of a turn's stored size, in characters (no serialisation). */
export function approximateTurnSize(turn: Turn): number {
  let size = 200 + turn.user.length + turn.reply.length;
  for (const step of turn.steps) {
    size += 200 + step.raw.length + (step.observation?.length ?? 0) + (step.thought?.length ?? 0);
    for (const message of step.prompt) size += message.content.length;
  }
  return size;
}

/**
 * `items` in consecutive slices of about `limit` characters by `sizeOf`, in order; an item larger
 * than `limit` makes a slice of its own.
 */
export function* slicesBySize<T>(
  items: Iterable<T>,
  sizeOf: (item: T) => number,
  limit: number,
): Generator<T[]> {
  let slice: T[] = [];
  let sliceSize = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (slice.length > 0 && sliceSize + size > limit) {
      yield slice;
      slice = [];
      sliceSize = 0;
    }
    slice.push(item);
    sliceSize += size;
  }
  if (slice.length > 0) yield slice;
}

/**
 * Writes turn records in slices of about SLICE_CHARACTERS, each in its own transaction, and
 * hands back the last slice unwritten, for the caller to write with the records that must land
 * together with it (the head and summary).
 */
export async function writeTurnsInSlices(
  store: KeyValueStore,
  entries: readonly [string, Turn][],
): Promise<[string, unknown][]> {
  const slices = [
    ...slicesBySize(entries, ([, turn]) => approximateTurnSize(turn), SLICE_CHARACTERS),
  ];
  const last = slices.pop() ?? [];
  for (const slice of slices) await store.setMany(slice);
  return last;
}
