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

/** After the oldest turns must go, the history is cut down to this share of its budget. */
const DROP_TARGET = 0.6;

/**
 * Deterministic compaction for cra-exact, laid out for prefix caching: between compactions the
 * history only grows at its end, so consecutive calls of a stage share everything up to the new
 * turn's lines and a server that reuses any shared prefix (llama.cpp `cache_prompt`, vLLM's
 * automatic prefix caching) prefills only those. Which turns are shortened or dropped is replayed
 * from the first turn on every call, so it is a pure function of the conversation, and each cut
 * jumps far when it moves:
 * 1. Everything stays verbatim while it fits the budget.
 * 2. When it no longer fits, every turn but the latest `verbatimTurns` shows shortened
 *    observations (the lists keep their first item and a count).
 * 3. When that is still too long, the oldest turns go, down to `DROP_TARGET` of the budget,
 *    replaced by one line holding the dialogue state they built up.
 */
export function fitExactHistory(
  turns: readonly Turn[],
  budgetTokens: number,
  verbatimTurns: number,
  counter: TokenCounter,
): FittedHistory {
  const full = turns.map((turn) => renderedTurn(turn, false, counter));
  const short = turns.map((turn) => renderedTurn(turn, true, counter));
  // Slots are overwritten, never removed, so the latest state bounds the summary's size.
  const allowance = summaryCost(stateSummaryLine(latestState(turns)), counter);
  let shortenBefore = 0;
  let dropBefore = 0;
  const entry = (index: number) => (index < shortenBefore ? short[index] : full[index])!;
  const total = (end: number) => {
    let used = dropBefore > 0 ? allowance : 0;
    for (let index = dropBefore; index < end; index += 1) used += entry(index).cost;
    return used;
  };
  for (let end = 1; end <= turns.length; end += 1) {
    if (total(end) <= budgetTokens) continue;
    shortenBefore = Math.max(shortenBefore, end - verbatimTurns);
    if (total(end) <= budgetTokens) continue;
    const target = Math.floor(budgetTokens * DROP_TARGET);
    while (dropBefore < end && total(end) > target) dropBefore += 1;
  }
  const kept = turns.map((_, index) => entry(index)).slice(dropBefore);
  const lines = kept.flatMap((rendered) => rendered.lines);
  const tokens = kept.reduce((sum, rendered) => sum + rendered.cost, 0);
  if (dropBefore === 0) return { lines, tokens, droppedTurns: 0 };
  const summary = stateSummaryLine(latestState(turns.slice(0, dropBefore)));
  return {
    lines: [summary, ...lines],
    tokens: tokens + summaryCost(summary, counter),
    droppedTurns: dropBefore,
  };
}
