import type { Turn } from '../conversation/conversation';
import type { TokenCounter } from '../context/token-counter';
import { latestState, stateSummaryLine, turnHistoryLines } from './history-lines';
import { counterKey, memoByTurn } from './turn-memo';

export interface FittedHistory {
  lines: string[];
  /** How many of the oldest turns were left out (their state is in the summary line). */
  droppedTurns: number;
}

function linesCost(lines: readonly string[], counter: TokenCounter): number {
  // Each line also pays for its newline.
  return lines.reduce((total, line) => total + counter.count(line) + 1, 0);
}

/**
 * Deterministic compaction for cra-exact: the latest `verbatimTurns` turns keep everything,
 * older turns show shortened observations, and when that is still too long the oldest turns go,
 * replaced by one line holding the dialogue state they built up.
 */
export function fitExactHistory(
  turns: readonly Turn[],
  budgetTokens: number,
  verbatimTurns: number,
  counter: TokenCounter,
): FittedHistory {
  const firstVerbatim = Math.max(0, turns.length - verbatimTurns);
  const counterName = counterKey(counter);
  const rendered: string[][] = [];
  const costs: number[] = [];
  turns.forEach((turn, index) => {
    const shorten = index < firstVerbatim;
    const key = `exact:${shorten}:${counterName}`;
    const entry = memoByTurn(turn, key, () => {
      const lines = turnHistoryLines(turn, shorten);
      return { lines, cost: linesCost(lines, counter) };
    });
    rendered.push(entry.lines);
    costs.push(entry.cost);
  });
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  if (total <= budgetTokens) return { lines: rendered.flat(), droppedTurns: 0 };

  // Keep the newest turns that fit next to the summary line of everything before them.
  let kept = 0;
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const summary = linesCost([stateSummaryLine(latestState(turns.slice(0, index)))], counter);
    const cost = costs[index] ?? 0;
    if (used + cost + summary > budgetTokens) break;
    used += cost;
    kept += 1;
  }
  const dropped = turns.length - kept;
  const summaryLine = stateSummaryLine(latestState(turns.slice(0, dropped)));
  return { lines: [summaryLine, ...rendered.slice(dropped).flat()], droppedTurns: dropped };
}
