import { sleep } from '../../core/agent/abortable';
import type { ToolDefinition } from '../../core/tools/tool-definition';
import type { RandomSource } from '../../core/random/seeded-random';

/** A fixed delay, or a range drawn from the injected random source each call. */
export type Latency = number | { minimumMs: number; maximumMs: number };

export function drawLatency(latency: Latency, random: RandomSource): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const { minimumMs, maximumMs } = latency;
  return Math.max(0, minimumMs + random() * Math.max(0, maximumMs - minimumMs));
}

/**
 * Makes a tool answer after a network-like delay. A call aborted during the delay does nothing
 * and says so, so a stopped turn never leaves a booking behind.
 */
export function withLatency(
  tool: ToolDefinition,
  latency: Latency,
  random: RandomSource,
): ToolDefinition {
  if (latency === 0) return tool;
  return {
    ...tool,
    execute: async (args, context) => {
      await sleep(drawLatency(latency, random), context.signal);
      if (context.signal?.aborted)
        return { ok: false, error: { code: 'aborted', message: `${tool.name} was stopped.` } };
      return tool.execute(args, context);
    },
  };
}
