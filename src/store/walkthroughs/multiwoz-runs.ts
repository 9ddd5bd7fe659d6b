import type { EvaluationRun } from '../../eval/evaluation-result';
import type { ChatModel } from '../../core/model/chat-model';
import type { WalkthroughApi, WalkthroughSlice } from './walkthrough-types';

type MultiwozChoiceActions = Pick<
  WalkthroughSlice,
  'setEvalWorld' | 'setMultiwozMode' | 'setMultiwozUser' | 'setChosenGoalIds'
>;

/** A chunk of its own: the MultiWOZ database, its goals and the runner. */
const loadRunner = () => import('./multiwoz-runner');

/** Choosing what a run plays: the world, and over MultiWOZ the mode, the user and the goals. */
export function createMultiwozChoiceActions(api: WalkthroughApi): MultiwozChoiceActions {
  return {
    async setEvalWorld(world) {
      api.set({ evalWorld: world, error: null });
      if (world !== 'multiwoz' || api.get().walkthroughs.goalsStatus === 'ready') return;
      api.set({ goalsStatus: 'loading' });
      try {
        const { goals } = await (await loadRunner()).loadMultiwozGoals();
        api.set({ goals, goalsStatus: 'ready', chosenGoalIds: goals.map((goal) => goal.id) });
      } catch (error) {
        api.set({
          goalsStatus: 'error',
          error: `The MultiWOZ database could not be loaded (offline, and not saved for offline use yet?): ${String(error)}`,
        });
      }
    },
    setMultiwozMode: (multiwozMode) => api.set({ multiwozMode }),
    setMultiwozUser: (multiwozUser) => api.set({ multiwozUser }),
    setChosenGoalIds: (chosenGoalIds) => api.set({ chosenGoalIds }),
  };
}

/** What a MultiWOZ run needs before it starts, or why it cannot start. */
export function planMultiwozRun(
  state: WalkthroughSlice,
  model: ChatModel | null,
): { error: string } | { total: number } {
  const goals = state.goals.filter((goal) => state.chosenGoalIds.includes(goal.id));
  if (state.goalsStatus !== 'ready') return { error: 'The MultiWOZ goals are not loaded yet.' };
  if (goals.length === 0) return { error: 'Choose at least one goal.' };
  const llmUser = state.multiwozMode === 'dialogue' && state.multiwozUser === 'llm';
  if (llmUser && !model)
    return {
      error: 'The LLM user plays on the loaded model: load a model (or connect a server) first.',
    };
  // Scripted runs add the deliberate mistakes (3 in dialogue, 2 turn-level plus the gold).
  const agents = model ? 1 : state.multiwozMode === 'dialogue' ? 4 : 3;
  return { total: goals.length * (agents + (state.multiwozMode === 'turn-level' ? 1 : 0)) };
}

/** Plays the chosen goals in the chosen mode, with the runner loaded first (its own chunk). */
export async function playMultiwozRun(
  options: Parameters<Awaited<ReturnType<typeof loadRunner>>['playMultiwozRun']>[0],
): Promise<EvaluationRun> {
  return (await loadRunner()).playMultiwozRun(options);
}
