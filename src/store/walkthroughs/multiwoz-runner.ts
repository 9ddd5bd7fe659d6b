/**
 * The MultiWOZ side of the Evaluation view, loaded as a chunk of its own when the MultiWOZ world
 * is chosen: the database, the goals drawn from it, and the runner. Nothing here is in the
 * page's initial code.
 */
import type { MultiwozGoal } from '../../eval/multiwoz/dialogue-acts';
import { generateMultiwozGoals } from '../../eval/multiwoz/goal-generator';
import { loadMultiwozData } from '../../mock-apis/multiwoz-world/load-multiwoz-data';
import type { WorldData } from '../../mock-apis/world/records';

export { runMultiwozMode } from '../../eval/multiwoz/run-multiwoz-mode';

let drawing: Promise<{ data: WorldData; goals: MultiwozGoal[] }> | undefined;

/** The database and its goals, drawn once (a seeded draw: the same 60 goals as the CLI's). */
export function loadMultiwozGoals(): Promise<{ data: WorldData; goals: MultiwozGoal[] }> {
  drawing ??= loadMultiwozData()
    .then(async (data) => ({ data, goals: await generateMultiwozGoals(data) }))
    .catch((error: unknown) => {
      drawing = undefined;
      throw error;
    });
  return drawing;
}
