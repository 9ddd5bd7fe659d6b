/**
 * Scores dialogues made elsewhere (another tool, a human, a logged run): a documented JSON of
 * goals and turns (docs/evaluation.md, "Scoring dialogues made elsewhere"). Calls without a
 * result are run on a fresh world of the chosen kind, in order, so the booking references and
 * the venues searched are real; a turn without a state gets the state its calls imply, tracked
 * as the app tracks it. JGA needs gold states, API accuracy gold calls; both are optional.
 */
import type { AgentStep, DialogueState, Turn } from '../core/conversation/conversation';
import { REFERENCE_SLOT, updateDialogueState } from '../core/state/dialogue-state';
import type { ToolArguments, ToolResult } from '../core/tools/tool-definition';
import type { WorldData } from '../mock-apis/world/records';
import { createEvaluationWorld, toolInfoFrom } from './evaluation-world';
import { createVenueDatabase, recordsByDomain } from './goal-matcher';
import {
  addCallCounts,
  callAccuracy,
  emptyCallCounts,
  scoreTurnCalls,
  type CallAccuracy,
} from './metrics/api-call-accuracy';
import { scoreGoal, type DomainOutcome } from './metrics/goal-success';
import {
  fuzzyJointGoalAccuracy,
  jointGoalAccuracy,
  scoreTurnStates,
  type TurnStateScore,
} from './metrics/joint-goal-accuracy';
import { extractFacts } from './trace-facts';
import type { UserGoal } from './walkthrough';

export interface ScoredCall {
  name: string;
  arguments: ToolArguments;
  result?: ToolResult;
}

export interface DialogueToScore {
  id: string;
  goal: UserGoal;
  turns: {
    user: string;
    calls?: ScoredCall[];
    reply: string;
    state?: DialogueState;
    gold_state?: DialogueState;
    gold_calls?: ScoredCall[];
  }[];
}

export interface DialoguesFile {
  world?: 'generated' | 'multiwoz';
  dialogues: DialogueToScore[];
}

export interface DialogueScore {
  id: string;
  inform: boolean;
  success: boolean;
  bookingCorrect: boolean | null;
  jointGoalAccuracy: number | null;
  jointGoalAccuracyFuzzy: number | null;
  calls: CallAccuracy | null;
  domains: DomainOutcome[];
  turnStates: TurnStateScore[];
}

/** A clear message for each thing wrong with the file, or none. */
export function checkDialoguesFile(value: unknown): string[] {
  const problems: string[] = [];
  const file = value as Partial<DialoguesFile> | null;
  if (!file || typeof file !== 'object' || !Array.isArray(file.dialogues))
    return ['the file needs a "dialogues" list'];
  if (file.world !== undefined && file.world !== 'generated' && file.world !== 'multiwoz')
    problems.push('"world" is "generated" or "multiwoz"');
  file.dialogues.forEach((dialogue, index) => {
    const where = `dialogue ${index + 1}${dialogue?.id ? ` (${dialogue.id})` : ''}`;
    if (!dialogue || typeof dialogue.goal !== 'object') problems.push(`${where}: needs a "goal"`);
    if (!Array.isArray(dialogue?.turns)) problems.push(`${where}: needs a "turns" list`);
    else
      dialogue.turns.forEach((turn, turnIndex) => {
        if (typeof turn?.user !== 'string' || typeof turn?.reply !== 'string')
          problems.push(`${where}, turn ${turnIndex + 1}: needs "user" and "reply" texts`);
      });
    for (const [domain, goal] of Object.entries(dialogue?.goal ?? {}))
      if (!goal || typeof goal.info !== 'object' || !Array.isArray(goal.reqt))
        problems.push(`${where}: goal "${domain}" needs "info" and "reqt"`);
  });
  return problems;
}

export async function scoreDialogue(
  dialogue: DialogueToScore,
  data?: WorldData,
): Promise<DialogueScore> {
  const { world, tools } = createEvaluationWorld(data);
  let state: DialogueState = {};
  const turns: Turn[] = [];
  for (const [index, spec] of dialogue.turns.entries()) {
    const steps: AgentStep[] = [];
    for (const call of spec.calls ?? []) {
      const result =
        call.result ?? (await tools.dispatch(call, { conversationId: `score-${dialogue.id}` }));
      const validation = tools.validate(call);
      if (validation.ok)
        state = updateDialogueState(state, validation.tool, validation.arguments, result);
      steps.push({
        index: steps.length,
        stage: 'action',
        prompt: [],
        raw: '',
        call: { id: `${index}-${steps.length}`, ...call },
        result,
        startedAt: 0,
      });
    }
    if (spec.state) state = spec.state;
    turns.push({
      id: `${dialogue.id}-${index}`,
      user: spec.user,
      reply: spec.reply,
      steps,
      status: 'complete',
      startedAt: 0,
      state,
    });
  }
  const facts = extractFacts(turns, toolInfoFrom(tools));
  const outcome = scoreGoal(dialogue.goal, facts, createVenueDatabase(recordsByDomain(world.data)));
  const withGold = dialogue.turns.every((turn) => turn.gold_state);
  const turnStates = withGold
    ? scoreTurnStates(
        dialogue.turns.map((turn) => turn.gold_state ?? {}),
        turns.map((turn) => turn.state),
        [REFERENCE_SLOT],
      )
    : [];
  const withCalls = dialogue.turns.some((turn) => turn.gold_calls);
  const counts = dialogue.turns
    .map((turn, index) =>
      scoreTurnCalls(
        turn.gold_calls ?? [],
        turns[index]?.steps.flatMap((step) => (step.call ? [step.call] : [])) ?? [],
        (name) => tools.get(name)?.kind === 'booking',
      ),
    )
    .reduce(addCallCounts, emptyCallCounts());
  const bookings = outcome.domains.filter((domain) => domain.bookingCorrect !== null);
  return {
    id: dialogue.id,
    inform: outcome.inform,
    success: outcome.success,
    bookingCorrect:
      bookings.length === 0 ? null : bookings.every((domain) => domain.bookingCorrect),
    jointGoalAccuracy: withGold ? jointGoalAccuracy(turnStates) : null,
    jointGoalAccuracyFuzzy: withGold ? fuzzyJointGoalAccuracy(turnStates) : null,
    calls: withCalls ? callAccuracy(counts) : null,
    domains: outcome.domains,
    turnStates,
  };
}

export interface ScoreSummary {
  dialogues: number;
  inform: number;
  success: number;
  jointGoalAccuracy: number | null;
}

export function summarizeScores(scores: readonly DialogueScore[]): ScoreSummary {
  const share = (count: number) => (scores.length === 0 ? 0 : count / scores.length);
  // Over user turns, as MultiWOZ's JGA is, not a mean of per-dialogue figures.
  const states = scores.flatMap((score) => score.turnStates);
  return {
    dialogues: scores.length,
    inform: share(scores.filter((score) => score.inform).length),
    success: share(scores.filter((score) => score.success).length),
    jointGoalAccuracy: states.length ? jointGoalAccuracy(states) : null,
  };
}
