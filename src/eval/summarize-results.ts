import type { PromptProfileId } from '../core/conversation/conversation';
import type { ProfileSummary, WalkthroughResult } from './evaluation-result';
import { addCallCounts, callAccuracy, emptyCallCounts } from './metrics/api-call-accuracy';
import { fuzzyJointGoalAccuracy, jointGoalAccuracy } from './metrics/joint-goal-accuracy';
import { summarizeCosts } from './metrics/turn-costs';

const share = (count: number, total: number) => (total === 0 ? 0 : count / total);

/** Overall figures for one profile: rates over walkthroughs, JGA and calls over all turns. */
export function summarizeProfile(
  profile: PromptProfileId,
  results: readonly WalkthroughResult[],
): ProfileSummary {
  const mine = results.filter((result) => result.profile === profile);
  const counts = mine.reduce(
    (sum, result) => addCallCounts(sum, result.callCounts),
    emptyCallCounts(),
  );
  const calls = callAccuracy(counts);
  const costs = summarizeCosts(mine.flatMap((result) => result.turnCosts));
  const bookingGoals = mine.filter((result) => result.bookingCorrect !== null);
  return {
    profile,
    walkthroughs: mine.length,
    completed: mine.filter((result) => result.completed).length,
    inform: share(mine.filter((result) => result.inform).length, mine.length),
    success: share(mine.filter((result) => result.success).length, mine.length),
    jointGoalAccuracy: jointGoalAccuracy(mine.flatMap((result) => result.turnStates)),
    jointGoalAccuracyFuzzy: fuzzyJointGoalAccuracy(mine.flatMap((result) => result.turnStates)),
    apiAccuracy: calls.accuracy,
    apiNameAccuracy: calls.nameAccuracy,
    slotPrecision: calls.slotPrecision,
    slotRecall: calls.slotRecall,
    slotF1: calls.slotF1,
    spuriousCalls: calls.spurious,
    spuriousBookings: calls.spuriousBookings,
    bookingCorrect:
      bookingGoals.length === 0
        ? null
        : share(bookingGoals.filter((result) => result.bookingCorrect).length, bookingGoals.length),
    turns: costs.turns,
    meanLatencyMs: costs.meanLatencyMs,
    meanPrefilledTokens: costs.meanPrefilledTokens,
    meanDecodedTokens: costs.meanDecodedTokens,
  };
}
