/**
 * API-call accuracy: per expected call, was the right function called with the right arguments
 * (after normalisation)? Slot precision/recall/F1 give partial credit for arguments, and calls
 * nobody expected are counted as spurious, bookings among them separately (a booking made before
 * the user gave what it needs).
 */
import type { ToolArguments } from '../../core/tools/tool-definition';
import { normalizeSlots } from '../normalize';

export interface CallLike {
  name: string;
  arguments: ToolArguments;
}

export interface CallCounts {
  expected: number;
  /** Expected calls answered by an actual call with the same function name. */
  nameMatched: number;
  /** ... and exactly the same normalised arguments. */
  exact: number;
  /** Argument slot=value pairs: in both, only in actual calls, only in expected calls. */
  slotTruePositives: number;
  slotPredicted: number;
  slotGold: number;
  spurious: number;
  spuriousBookings: number;
}

export function emptyCallCounts(): CallCounts {
  return {
    expected: 0,
    nameMatched: 0,
    exact: 0,
    slotTruePositives: 0,
    slotPredicted: 0,
    slotGold: 0,
    spurious: 0,
    spuriousBookings: 0,
  };
}

/** Scores one user turn: expected calls are matched, in order, to the first unused same-name call. */
export function scoreTurnCalls(
  expected: readonly CallLike[],
  actual: readonly CallLike[],
  isBooking: (name: string) => boolean,
): CallCounts {
  const counts = emptyCallCounts();
  const used = new Set<number>();
  for (const expectedCall of expected) {
    counts.expected += 1;
    const goldSlots = normalizeSlots(expectedCall.arguments);
    counts.slotGold += goldSlots.size;
    const index = actual.findIndex(
      (call, position) => !used.has(position) && call.name === expectedCall.name,
    );
    const match = actual[index];
    if (!match) continue;
    used.add(index);
    counts.nameMatched += 1;
    const actualSlots = normalizeSlots(match.arguments);
    counts.slotPredicted += actualSlots.size;
    let shared = 0;
    for (const [key, value] of actualSlots) if (goldSlots.get(key) === value) shared += 1;
    counts.slotTruePositives += shared;
    if (shared === goldSlots.size && shared === actualSlots.size) counts.exact += 1;
  }
  actual.forEach((call, position) => {
    if (used.has(position)) return;
    counts.spurious += 1;
    counts.slotPredicted += normalizeSlots(call.arguments).size;
    if (isBooking(call.name)) counts.spuriousBookings += 1;
  });
  return counts;
}

export function addCallCounts(total: CallCounts, more: CallCounts): CallCounts {
  const sum = { ...total };
  for (const key of Object.keys(sum) as (keyof CallCounts)[]) sum[key] += more[key];
  return sum;
}

export interface CallAccuracy {
  /** Exact calls over expected and spurious calls together, so extra calls cost accuracy too. */
  accuracy: number;
  nameAccuracy: number;
  slotPrecision: number;
  slotRecall: number;
  slotF1: number;
  spurious: number;
  spuriousBookings: number;
}

export function callAccuracy(counts: CallCounts): CallAccuracy {
  const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);
  const slotPrecision = ratio(counts.slotTruePositives, counts.slotPredicted);
  const slotRecall = ratio(counts.slotTruePositives, counts.slotGold);
  const slotF1 =
    slotPrecision + slotRecall === 0
      ? 0
      : (2 * slotPrecision * slotRecall) / (slotPrecision + slotRecall);
  return {
    accuracy: ratio(counts.exact, counts.expected + counts.spurious),
    nameAccuracy: ratio(counts.nameMatched, counts.expected),
    slotPrecision,
    slotRecall,
    slotF1,
    spurious: counts.spurious,
    spuriousBookings: counts.spuriousBookings,
  };
}
