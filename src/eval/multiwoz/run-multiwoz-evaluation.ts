/**
 * The evaluation over the MultiWOZ world, in both modes: dialogue-level (the agenda user with
 * the ideal scripted agent and with each agent mistake) and turn-level with gold history (the
 * ideal agent's gold outputs replayed, and deliberate mistakes on them), or a real model in
 * either mode. Scripted results are the "ideal agent (scripted)": a check of the evaluator, not
 * a model's score.
 */
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import type { WorldData } from '../../mock-apis/world/records';
import { createVenueDatabase, recordsByDomain, type VenueDatabase } from '../goal-matcher';
import { createAgendaUser } from './agenda-user';
import type { MultiwozGoal } from './dialogue-acts';
import { summarizeDialogues, summarizeTurnLevel, type MultiwozSummary } from './multiwoz-summary';
import { runDialogue, type DialogueResult } from './run-dialogue';
import {
  goldOutputs,
  mistakenOutputs,
  runTurnLevel,
  type TurnLevelMistake,
  type TurnLevelResult,
} from './run-turn-level';
import { createScriptedAgent, type AgentMistake } from './scripted-agent';

export const IDEAL_AGENT = 'ideal agent (scripted)';
export const AGENT_MISTAKES: AgentMistake[] = [
  'wrong-venue-first',
  'asks-again',
  'ignores-request',
];
export const TURN_LEVEL_MISTAKES: TurnLevelMistake[] = ['dropped-slot', 'skipped-call'];

export interface MultiwozRun {
  dialogues: DialogueResult[];
  turnLevel: TurnLevelResult[];
  summaries: MultiwozSummary[];
  /** Milliseconds: the ideal agent's dialogues (the gold), its turn-level replay, everything. */
  timings: { goldDialogues: number; turnLevelIdeal: number; total: number };
}

export interface MultiwozRequest {
  data: WorldData;
  goals: readonly MultiwozGoal[];
  /** Also play the deliberate mistakes (default true). */
  includeMistakes?: boolean;
}

/** The agenda user with the scripted agent (ideal, or with `mistake`): one goal's dialogue. */
export function playScriptedDialogue(
  goal: MultiwozGoal,
  data: WorldData,
  database: VenueDatabase,
  mistake?: AgentMistake,
): Promise<DialogueResult> {
  const agent = createScriptedAgent(mistake);
  return runDialogue({
    goal,
    user: createAgendaUser(goal, database),
    model: agent.model,
    agent: mistake ?? IDEAL_AGENT,
    data,
    database,
    onEvent: agent.observe,
    onUserTurn: (turn) => agent.hear(turn.acts),
  });
}

export async function runScriptedMultiwoz(request: MultiwozRequest): Promise<MultiwozRun> {
  const startedAt = Date.now();
  const database = createVenueDatabase(recordsByDomain(request.data));
  const dialogueWith = (goal: MultiwozGoal, mistake?: AgentMistake) =>
    playScriptedDialogue(goal, request.data, database, mistake);
  const gold: DialogueResult[] = [];
  for (const goal of request.goals) gold.push(await dialogueWith(goal));
  const goldDialogues = Date.now() - startedAt;
  const dialogues = [...gold];
  const mistakes = request.includeMistakes === false ? [] : AGENT_MISTAKES;
  for (const mistake of mistakes)
    for (const goal of request.goals) dialogues.push(await dialogueWith(goal, mistake));

  const turnLevel: TurnLevelResult[] = [];
  const turnAgents: (TurnLevelMistake | undefined)[] = [
    undefined,
    ...(request.includeMistakes === false ? [] : TURN_LEVEL_MISTAKES),
  ];
  let turnLevelIdeal = 0;
  for (const mistake of turnAgents) {
    const turnStarted = Date.now();
    for (const goldDialogue of gold)
      turnLevel.push(
        await runTurnLevel({
          gold: goldDialogue,
          agent: mistake ?? IDEAL_AGENT,
          data: request.data,
          modelFor: (_, turn) =>
            createReplayChatModel({
              outputs: mistake ? mistakenOutputs(turn, mistake) : goldOutputs(turn),
            }),
        }),
      );
    if (!mistake) turnLevelIdeal = Date.now() - turnStarted;
  }
  const agents = [IDEAL_AGENT, ...mistakes];
  return {
    dialogues,
    turnLevel,
    timings: { goldDialogues, turnLevelIdeal, total: Date.now() - startedAt },
    summaries: [
      ...agents.map((agent) =>
        summarizeDialogues(
          agent,
          dialogues.filter((result) => result.agent === agent),
        ),
      ),
      ...turnAgents.map((mistake) =>
        summarizeTurnLevel(
          mistake ?? IDEAL_AGENT,
          turnLevel.filter((result) => result.agent === (mistake ?? IDEAL_AGENT)),
        ),
      ),
    ],
  };
}
