import type { Turn } from '../conversation/conversation';
import type { TokenCounter } from '../context/token-counter';
import { latestState, stateSummaryLine, turnHistoryLines } from './history-lines';
import { counterKey, countRepeatedText, memoByTurn } from './turn-memo';

export interface FittedHistory {
  lines: string[];
  /** Tokens of the lines, each with its newline. */
  tokens: number;
  /** How many of the oldest turns were left out (their state is in the summary line). */
  droppedTurns: number;
}

function summaryCost(line: string, counter: TokenCounter): number {
  return countRepeatedText(line, counter) + 1;
}

function linesCost(lines: readonly string[], counter: TokenCounter): number {
  return lines.reduce((total, line) => total + counter.count(line) + 1, 0);
}

function renderedTurn(turn: Turn, shorten: boolean, counter: TokenCounter) {
  return memoByTurn(turn, `exact:${shorten}:${counterKey(counter)}`, () => {
    const lines = turnHistoryLines(turn, shorten);
    return { lines, cost: linesCost(lines, counter) };
  });
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
  const rendered = turns.map((turn, index) => renderedTurn(turn, index < firstVerbatim, counter));
  const total = rendered.reduce((sum, entry) => sum + entry.cost, 0);
  if (total <= budgetTokens) {
    return { lines: rendered.flatMap((entry) => entry.lines), tokens: total, droppedTurns: 0 };
  }
  // Slots are overwritten, never removed, so the latest state bounds the summary's size.
  const allowance = summaryCost(stateSummaryLine(latestState(turns)), counter);
  let kept = 0;
  let used = 0;
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const cost = rendered[index]?.cost ?? 0;
    if (used + cost + allowance > budgetTokens) break;
    used += cost;
    kept += 1;
  }
  const dropped = turns.length - kept;
  const summary = stateSummaryLine(latestState(turns.slice(0, dropped)));
  return {
    lines: [summary, ...rendered.slice(dropped).flatMap((entry) => entry.lines)],
    tokens: used + summaryCost(summary, counter),
    droppedTurns: dropped,
  };
}
