/**
 * The world every walkthrough is written against and played in: a fixed seed for venues and
 * capacity, and a seeded source for booking references, so a recorded script replays exactly.
 */
import { createMemoryKeyValueStore } from '../core/storage/memory-key-value-store';
import { createToolRegistry, type ToolRegistry } from '../core/tools/tool-registry';
import {
  createBookingWorld,
  createKeyValueBookingRepository,
  type BookingWorld,
} from '../mock-apis/index';
import { createSeededRandom } from '../core/random/seeded-random';
import type { WorldData } from '../mock-apis/world/records';

export const EVALUATION_WORLD_SEED = 20240611;
const EVALUATION_CLOCK = Date.UTC(2026, 0, 5, 12, 0, 0);

export interface EvaluationWorld {
  world: BookingWorld;
  tools: ToolRegistry;
}

/** `data`: MultiWOZ's database (`loadMultiwozData()`); the generated world without it. */
export function createEvaluationWorld(data?: WorldData): EvaluationWorld {
  const world = createBookingWorld({
    seed: EVALUATION_WORLD_SEED,
    ...(data ? { data } : {}),
    latencyMs: 0,
    random: createSeededRandom(EVALUATION_WORLD_SEED),
    now: () => new Date(EVALUATION_CLOCK),
    bookings: createKeyValueBookingRepository(createMemoryKeyValueStore()),
  });
  return { world, tools: createToolRegistry(world.tools) };
}

export function toolInfoFrom(tools: ToolRegistry) {
  return (name: string) => {
    const tool = tools.get(name);
    return tool ? { kind: tool.kind, ...(tool.domain ? { domain: tool.domain } : {}) } : undefined;
  };
}
