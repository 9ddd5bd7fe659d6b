/**
 * One run over the MultiWOZ world as a person (or the CLI) chooses it: a mode, an agent and, at
 * the dialogue level, a user. The scripted agent is the "ideal agent (scripted)" with its
 * deliberate mistakes, a check of the evaluator; a model as the agent, or a language model as
 * the user, makes it a live run.
 */
import type { PromptProfileId } from '../../core/conversation/conversation';
import type { ChatModel } from '../../core/model/chat-model';
import type { PromptOptions } from '../../core/prompt/prompt-options';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import type { WorldData } from '../../mock-apis/world/records';
import { createVenueDatabase, recordsByDomain } from '../goal-matcher';
import { createAgendaUser } from './agenda-user';
import type { MultiwozGoal } from './dialogue-acts';
import { createLlmUser } from './llm-user';
import { summarizeDialogues, summarizeTurnLevel, type MultiwozSummary } from './multiwoz-summary';
import { runDialogue, type DialogueResult } from './run-dialogue';
import {
  AGENT_MISTAKES,
  IDEAL_AGENT,
  playScriptedDialogue,
  TURN_LEVEL_MISTAKES,
} from './run-multiwoz-evaluation';
import {
  goldOutputs,
  mistakenOutputs,
  runTurnLevel,
  type TurnLevelMistake,
  type TurnLevelResult,
} from './run-turn-level';
import type { AgentMistake } from './scripted-agent';

export type MultiwozMode = 'dialogue' | 'turn-level';

export type MultiwozAgentChoice =
  { kind: 'scripted'; includeMistakes?: boolean } | { kind: 'model'; model: ChatModel };

/** The agenda user (deterministic), or a language model told the goal (a live run). */
export type MultiwozUserChoice = { kind: 'agenda' } | { kind: 'llm'; model: ChatModel };

export interface MultiwozModeRequest {
  data: WorldData;
  goals: readonly MultiwozGoal[];
  mode: MultiwozMode;
  agent: MultiwozAgentChoice;
  /** Dialogue level only; the agenda user unless given. */
  user?: MultiwozUserChoice;
  profile?: PromptProfileId;
  /** Overrides of the profile's switches for the agent's turns, e.g. constrained decoding. */
  promptOptions?: Partial<PromptOptions>;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, latest: string) => void;
}

export interface MultiwozModeRun {
  mode: MultiwozMode;
  /** Who played the agent: "ideal agent (scripted)" or the model's id. */
  agent: string;
  /** Who played the user, in words. */
  user: string;
  /** A model played the agent or the user: its figures are a model's, not the evaluator's check. */
  live: boolean;
  dialogues: DialogueResult[];
  turnLevel: TurnLevelResult[];
  /** One per agent: the headline first, then each deliberate mistake (scripted runs). */
  summaries: MultiwozSummary[];
}

export function describeUser(request: Pick<MultiwozModeRequest, 'mode' | 'user'>): string {
  if (request.mode === 'turn-level') return 'gold history (agenda user with the ideal agent)';
  return request.user?.kind === 'llm'
    ? `LLM user (${request.user.model.id})`
    : 'agenda user (deterministic)';
}

export async function runMultiwozMode(request: MultiwozModeRequest): Promise<MultiwozModeRun> {
  const { agent, mode } = request;
  const user = request.user ?? { kind: 'agenda' };
  if (user.kind === 'llm' && (agent.kind !== 'model' || mode !== 'dialogue'))
    throw new Error('The language-model user talks with a model agent, at the dialogue level.');
  const database = createVenueDatabase(recordsByDomain(request.data));
  const withMistakes = agent.kind === 'scripted' && agent.includeMistakes !== false;
  const agentLabel = agent.kind === 'model' ? agent.model.id : IDEAL_AGENT;
  const profile = request.profile ?? 'cra-exact';
  const promptOptions = request.promptOptions ? { promptOptions: request.promptOptions } : {};
  const dialogues: DialogueResult[] = [];
  const turnLevel: TurnLevelResult[] = [];
  const summaries: MultiwozSummary[] = [];
  const dialogueAgents: (AgentMistake | undefined)[] = [
    undefined,
    ...(withMistakes ? AGENT_MISTAKES : []),
  ];
  const turnAgents: (TurnLevelMistake | undefined)[] = [
    undefined,
    ...(withMistakes ? TURN_LEVEL_MISTAKES : []),
  ];
  const total =
    request.goals.length * (mode === 'dialogue' ? dialogueAgents.length : turnAgents.length + 1);
  let done = 0;
  const step = (latest: string) => request.onProgress?.((done += 1), total, latest);
  const stopped = () => request.signal?.aborted === true;

  if (mode === 'dialogue') {
    for (const mistake of dialogueAgents) {
      const label = mistake ?? agentLabel;
      const results: DialogueResult[] = [];
      for (const goal of request.goals) {
        if (stopped()) break;
        results.push(
          agent.kind === 'model'
            ? await runDialogue({
                goal,
                user:
                  user.kind === 'llm'
                    ? createLlmUser(goal, user.model)
                    : createAgendaUser(goal, database),
                model: agent.model,
                agent: label,
                data: request.data,
                database,
                profile,
                ...promptOptions,
              })
            : await playScriptedDialogue(goal, request.data, database, mistake),
        );
        step(goal.title);
      }
      dialogues.push(...results);
      summaries.push(summarizeDialogues(label, results));
    }
  } else {
    // The gold history: the agenda user's dialogues with the ideal agent.
    const gold: DialogueResult[] = [];
    for (const goal of request.goals) {
      if (stopped()) break;
      gold.push(await playScriptedDialogue(goal, request.data, database));
      step(`gold: ${goal.title}`);
    }
    for (const mistake of turnAgents) {
      const label = mistake ?? agentLabel;
      const results: TurnLevelResult[] = [];
      for (const goldDialogue of gold) {
        if (stopped()) break;
        results.push(
          await runTurnLevel({
            gold: goldDialogue,
            agent: label,
            data: request.data,
            profile,
            ...promptOptions,
            modelFor: (_, turn) =>
              agent.kind === 'model'
                ? agent.model
                : createReplayChatModel({
                    outputs: mistake ? mistakenOutputs(turn, mistake) : goldOutputs(turn),
                  }),
          }),
        );
        step(goldDialogue.title);
      }
      turnLevel.push(...results);
      summaries.push(summarizeTurnLevel(label, results));
    }
  }
  return {
    mode,
    agent: agentLabel,
    user: describeUser({ mode, user }),
    live: agent.kind === 'model' || user.kind === 'llm',
    dialogues,
    turnLevel,
    summaries,
  };
}
