/**
 * Turn-level evaluation with gold history, the CoALM paper's protocol: at every user turn the
 * agent sees the gold dialogue so far (user turns, the gold agent's calls, observations and
 * replies) and predicts this turn's calls and reply; its state after the turn is scored against
 * the gold state (JGA) and its calls against the gold calls (API accuracy). The gold dialogues
 * are the agenda user's dialogues with the ideal scripted agent: the gold states are what the
 * user informed, the gold calls what the ideal agent called.
 */
import type {
  Conversation,
  DialogueState,
  PromptProfileId,
  Turn,
} from '../../core/conversation/conversation';
import { runTurn } from '../../core/agent/run-turn';
import type { ChatModel } from '../../core/model/chat-model';
import type { PromptOptions } from '../../core/prompt/prompt-options';
import type { ToolCall } from '../../core/tools/tool-definition';
import { REFERENCE_SLOT } from '../../core/state/dialogue-state';
import type { WorldData } from '../../mock-apis/world/records';
import { createEvaluationWorld } from '../evaluation-world';
import {
  addCallCounts,
  callAccuracy,
  emptyCallCounts,
  scoreTurnCalls,
  type CallAccuracy,
  type CallCounts,
} from '../metrics/api-call-accuracy';
import {
  fuzzyJointGoalAccuracy,
  jointGoalAccuracy,
  scoreTurnStates,
  type TurnStateScore,
} from '../metrics/joint-goal-accuracy';
import type { DialogueResult } from './run-dialogue';

export interface TurnLevelResult {
  goalId: string;
  title: string;
  tags: string[];
  mode: 'turn-level';
  agent: string;
  turnStates: TurnStateScore[];
  jointGoalAccuracy: number;
  jointGoalAccuracyFuzzy: number;
  callCounts: CallCounts;
  calls: CallAccuracy;
  /** The agent's own turns, each played on the gold history. */
  predicted: Turn[];
  /** Per turn, what the predicted turn is scored against: the informed state and the gold calls. */
  goldStates: DialogueState[];
  goldCalls: ToolCall[][];
}

export interface TurnLevelOptions {
  gold: DialogueResult;
  /** A model for user turn `turn`; a scripted model gets that turn's outputs, a real one is shared. */
  modelFor(turn: number, gold: Turn): ChatModel;
  agent: string;
  data: WorldData;
  profile?: PromptProfileId;
  /** Overrides of the profile's switches, e.g. constrained decoding (an option to compare). */
  promptOptions?: Partial<PromptOptions>;
}

const callsOf = (turn: Turn | undefined): ToolCall[] =>
  (turn?.steps ?? []).flatMap((step) => (step.call ? [step.call] : []));

export async function runTurnLevel(options: TurnLevelOptions): Promise<TurnLevelResult> {
  const { gold } = options;
  const predicted: Turn[] = [];
  let counts = emptyCallCounts();
  for (const [index, goldTurn] of gold.transcript.entries()) {
    const { tools } = createEvaluationWorld(options.data);
    const conversation: Conversation = {
      id: `turn-level-${gold.goalId}`,
      title: gold.title,
      createdAt: 0,
      updatedAt: 0,
      profile: options.profile ?? 'cra-exact',
      turns: gold.transcript.slice(0, index),
      modelId: options.agent,
    };
    let ended: Turn | undefined;
    let nextId = 0;
    for await (const event of runTurn({
      conversation,
      userText: goldTurn.user,
      model: options.modelFor(index, goldTurn),
      tools,
      ids: { next: () => `${gold.goalId}-${index}-${nextId++}` },
      now: () => 0,
      confirm: async () => true,
      ...(options.promptOptions ? { promptOptions: options.promptOptions } : {}),
    }))
      if (event.type === 'turn-end') ended = event.turn;
    const turn: Turn = ended ?? { ...goldTurn, steps: [], reply: '', state: {} };
    predicted.push(turn);
    counts = addCallCounts(
      counts,
      scoreTurnCalls(
        callsOf(goldTurn),
        callsOf(turn),
        (name) => tools.get(name)?.kind === 'booking',
      ),
    );
  }
  const turnStates = scoreTurnStates(
    gold.goldStates,
    predicted.map((turn) => turn.state),
    [REFERENCE_SLOT],
  );
  return {
    goalId: gold.goalId,
    title: gold.title,
    tags: gold.tags,
    mode: 'turn-level',
    agent: options.agent,
    turnStates,
    jointGoalAccuracy: jointGoalAccuracy(turnStates),
    jointGoalAccuracyFuzzy: fuzzyJointGoalAccuracy(turnStates),
    callCounts: counts,
    calls: callAccuracy(counts),
    predicted,
    goldStates: gold.goldStates,
    goldCalls: gold.transcript.map(callsOf),
  };
}

/** The gold turn's own outputs, replayed: the ideal agent's scripted turn-level run. */
export const goldOutputs = (gold: Turn): string[] => gold.steps.map((step) => step.raw);

export type TurnLevelMistake = 'dropped-slot' | 'skipped-call';

/**
 * A deliberate mistake on the gold outputs: the turn's first search leaves out its last
 * argument (a constraint the user gave), or the turn's calls are left out (it only replies).
 */
export function mistakenOutputs(gold: Turn, mistake: TurnLevelMistake): string[] {
  const outputs = goldOutputs(gold);
  if (mistake === 'skipped-call') return outputs.filter((output) => !output.startsWith('Action:'));
  const search = outputs.findIndex((output) => /^Action: Find\w+\(.+\)/.test(output));
  if (search >= 0)
    outputs[search] = (outputs[search] ?? '').replace(/(, )?\w+=('[^']*'|[^,()]*)\)\s*$/, ')');
  return outputs;
}
