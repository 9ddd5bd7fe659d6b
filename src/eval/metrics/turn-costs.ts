/**
 * Per user turn: wall time and tokens (prefilled and decoded), from the steps' ChatUsage.
 * Prefilled tokens are null wherever one model call did not report them (Ollama never does):
 * a sum that counted those calls as 0 would read as a perfect cache.
 */
import type { Turn } from '../../core/conversation/conversation';

export interface TurnCost {
  latencyMs: number;
  modelCalls: number;
  promptTokens: number;
  prefilledTokens: number | null;
  decodedTokens: number;
}

export function turnCost(turn: Turn): TurnCost {
  const cost: TurnCost = {
    latencyMs: Math.max(0, (turn.endedAt ?? turn.startedAt) - turn.startedAt),
    modelCalls: 0,
    promptTokens: 0,
    prefilledTokens: 0,
    decodedTokens: 0,
  };
  for (const step of turn.steps) {
    if (step.raw !== '' || step.usage) cost.modelCalls += 1;
    cost.promptTokens += step.usage?.promptTokens ?? 0;
    if (step.usage && cost.prefilledTokens !== null)
      cost.prefilledTokens =
        step.usage.prefilledTokens === undefined
          ? null
          : cost.prefilledTokens + step.usage.prefilledTokens;
    cost.decodedTokens += step.usage?.completionTokens ?? 0;
  }
  return cost;
}

export interface CostSummary {
  turns: number;
  meanLatencyMs: number;
  maxLatencyMs: number;
  /** null when any turn's prefill went unreported. */
  meanPrefilledTokens: number | null;
  meanDecodedTokens: number;
  totalPrefilledTokens: number | null;
  totalDecodedTokens: number;
}

export function summarizeCosts(costs: readonly TurnCost[]): CostSummary {
  const total = (pick: (cost: TurnCost) => number) =>
    costs.reduce((sum, cost) => sum + pick(cost), 0);
  const mean = (pick: (cost: TurnCost) => number) =>
    costs.length === 0 ? 0 : total(pick) / costs.length;
  const prefillReported = costs.every((cost) => cost.prefilledTokens !== null);
  return {
    turns: costs.length,
    meanLatencyMs: mean((cost) => cost.latencyMs),
    maxLatencyMs: costs.reduce((max, cost) => Math.max(max, cost.latencyMs), 0),
    meanPrefilledTokens: prefillReported ? mean((cost) => cost.prefilledTokens ?? 0) : null,
    meanDecodedTokens: mean((cost) => cost.decodedTokens),
    totalPrefilledTokens: prefillReported ? total((cost) => cost.prefilledTokens ?? 0) : null,
    totalDecodedTokens: total((cost) => cost.decodedTokens),
  };
}
