/**
 * The MultiWOZ side of the Evaluation view, loaded as a chunk of its own when the MultiWOZ world
 * is chosen: the database, the goals drawn from it, and the runner. Nothing here is in the
 * page's initial code.
 */
import type { MultiwozGoal } from '../../eval/multiwoz/dialogue-acts';
import { generateMultiwozGoals } from '../../eval/multiwoz/goal-generator';
import { loadMultiwozData } from '../../mock-apis/multiwoz-world/load-multiwoz-data';
import type { WorldData } from '../../mock-apis/world/records';
import { runMultiwozMode } from '../../eval/multiwoz/run-multiwoz-mode';
import type { ChatModel } from '../../core/model/chat-model';
import type { EvaluationRun } from '../../eval/evaluation-result';
import type { WalkthroughSlice } from './walkthrough-types';

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

/** Plays the chosen goals in the chosen mode: the loaded model as the agent, or the scripted one. */
export async function playMultiwozRun(options: {
  state: WalkthroughSlice;
  model: ChatModel | null;
  id: string;
  now: () => number;
  signal: AbortSignal;
  onProgress: (done: number, total: number, latest: string) => void;
}): Promise<EvaluationRun> {
  const { state, model, now } = options;
  const { data } = await loadMultiwozGoals();
  const profile = state.chosenProfiles[0] ?? 'cra-exact';
  const startedAt = now();
  const played = await runMultiwozMode({
    data,
    goals: state.goals.filter((goal) => state.chosenGoalIds.includes(goal.id)),
    mode: state.multiwozMode,
    agent: model ? { kind: 'model', model } : { kind: 'scripted' },
    // The user choice is kept across modes, but only the dialogue level has a simulated user.
    ...(model && state.multiwozMode === 'dialogue' && state.multiwozUser === 'llm'
      ? { user: { kind: 'llm' as const, model } }
      : {}),
    profile,
    promptOptions: { constrained: state.constrained },
    signal: options.signal,
    onProgress: options.onProgress,
  });
  return {
    id: options.id,
    startedAt,
    finishedAt: now(),
    modelId: model?.id ?? 'scripted',
    engine: model ? 'model' : 'scripted',
    profiles: [profile],
    options: { engine: model ? 'model' : 'scripted', constrained: state.constrained },
    results: [],
    summaries: [],
    setup: { world: 'multiwoz', mode: played.mode, user: played.user, live: played.live },
    multiwoz: {
      summaries: played.summaries,
      dialogues: played.dialogues,
      turnLevel: played.turnLevel,
    },
  };
}
