/** Per user turn: wall time and tokens (prefilled and decoded), from the steps' ChatUsage. */
import type { Turn } from '../../core/conversation/conversation';

export interface TurnCost {
  latencyMs: number;
  modelCalls: number;
  promptTokens: number;
  prefilledTokens: number;
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
    cost.prefilledTokens += step.usage?.prefilledTokens ?? 0;
    cost.decodedTokens += step.usage?.completionTokens ?? 0;
  }
  return cost;
}

export interface CostSummary {
  turns: number;
  meanLatencyMs: number;
  maxLatencyMs: number;
  meanPrefilledTokens: number;
  meanDecodedTokens: number;
  totalPrefilledTokens: number;
  totalDecodedTokens: number;
}

export function summarizeCosts(costs: readonly TurnCost[]): CostSummary {
  const total = (pick: (cost: TurnCost) => number) =>
    costs.reduce((sum, cost) => sum + pick(cost), 0);
  const mean = (pick: (cost: TurnCost) => number) =>
    costs.length === 0 ? 0 : total(pick) / costs.length;
  return {
    turns: costs.length,
    meanLatencyMs: mean((cost) => cost.latencyMs),
    maxLatencyMs: costs.reduce((max, cost) => Math.max(max, cost.latencyMs), 0),
    meanPrefilledTokens: mean((cost) => cost.prefilledTokens),
    meanDecodedTokens: mean((cost) => cost.decodedTokens),
    totalPrefilledTokens: total((cost) => cost.prefilledTokens),
    totalDecodedTokens: total((cost) => cost.decodedTokens),
  };
}
