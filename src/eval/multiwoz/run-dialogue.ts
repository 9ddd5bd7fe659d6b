/**
 * Dialogue-level evaluation: a goal-driven simulated user talks with the agent through the real
 * turn loop, tools and world, so the agent's own replies shape the dialogue. Scored with Inform,
 * Success and booking correctness (from the goal), and, with the agenda user, JGA against the
 * state the user itself informed.
 */
import type {
  Conversation,
  DialogueState,
  PromptProfileId,
  Turn,
} from '../../core/conversation/conversation';
import { runTurn } from '../../core/agent/run-turn';
import type { TurnEvent } from '../../core/agent/turn-events';
import type { ChatModel } from '../../core/model/chat-model';
import type { PromptOptions } from '../../core/prompt/prompt-options';
import type { WorldData } from '../../mock-apis/world/records';
import { REFERENCE_SLOT } from '../../core/state/dialogue-state';
import { createEvaluationWorld, toolInfoFrom } from '../evaluation-world';
import { createVenueDatabase, recordsByDomain, type VenueDatabase } from '../goal-matcher';
import { scoreGoal, type DomainOutcome } from '../metrics/goal-success';
import {
  fuzzyJointGoalAccuracy,
  jointGoalAccuracy,
  scoreTurnStates,
  type TurnStateScore,
} from '../metrics/joint-goal-accuracy';
import { extractFacts } from '../trace-facts';
import type { MultiwozGoal, SimulatedUser } from './dialogue-acts';

export interface DialogueResult {
  goalId: string;
  title: string;
  tags: string[];
  mode: 'dialogue';
  /** "ideal agent (scripted)", a scripted agent's mistake, or the model's id. */
  agent: string;
  user: SimulatedUser['kind'];
  completed: boolean;
  error?: string;
  inform: boolean;
  success: boolean;
  /** null with a language-model user, whose informed state is not known. */
  jointGoalAccuracy: number | null;
  jointGoalAccuracyFuzzy: number | null;
  turnStates: TurnStateScore[];
  bookingCorrect: boolean | null;
  domains: DomainOutcome[];
  turns: number;
  transcript: Turn[];
  goldStates: DialogueState[];
}

export interface RunDialogueOptions {
  goal: MultiwozGoal;
  user: SimulatedUser;
  model: ChatModel;
  agent: string;
  data: WorldData;
  profile?: PromptProfileId;
  /** Overrides of the profile's switches, e.g. constrained decoding (an option to compare). */
  promptOptions?: Partial<PromptOptions>;
  onEvent?: (event: TurnEvent) => void;
  /** Called with the user's turn before the agent answers it (a scripted agent hears acts). */
  onUserTurn?: (turn: Awaited<ReturnType<SimulatedUser['next']>>) => void;
  maxTurns?: number;
  database?: VenueDatabase;
}

export async function runDialogue(options: RunDialogueOptions): Promise<DialogueResult> {
  const { tools } = createEvaluationWorld(options.data);
  const conversation: Conversation = {
    id: `dialogue-${options.goal.id}`,
    title: options.goal.title,
    createdAt: 0,
    updatedAt: 0,
    profile: options.profile ?? 'cra-exact',
    turns: [],
    modelId: options.model.id,
  };
  const goldStates: DialogueState[] = [];
  let reply = '';
  let error: string | undefined;
  let completed = false;
  let nextId = 0;
  for (let index = 0; index < (options.maxTurns ?? 14); index += 1) {
    const userTurn = await options.user.next(reply);
    options.onUserTurn?.(userTurn);
    if (userTurn.goldState) goldStates.push(userTurn.goldState);
    let ended: Turn | undefined;
    for await (const event of runTurn({
      conversation,
      userText: userTurn.text,
      model: options.model,
      tools,
      ids: { next: () => `${options.goal.id}-${nextId++}` },
      now: () => 0,
      confirm: async () => true,
      ...(options.promptOptions ? { promptOptions: options.promptOptions } : {}),
    })) {
      options.onEvent?.(event);
      if (event.type === 'error') error = `${event.kind}: ${event.message}`;
      if (event.type === 'turn-end') ended = event.turn;
    }
    if (!ended) break;
    conversation.turns = [...conversation.turns, ended];
    reply = ended.reply;
    if (userTurn.done) {
      completed = true;
      break;
    }
  }
  const database = options.database ?? createVenueDatabase(recordsByDomain(options.data));
  const facts = extractFacts(conversation.turns, toolInfoFrom(tools));
  const outcome = scoreGoal(options.goal.goal, facts, database);
  const turnStates =
    options.user.kind === 'agenda'
      ? scoreTurnStates(
          goldStates,
          conversation.turns.map((turn) => turn.state),
          [REFERENCE_SLOT],
        )
      : [];
  const bookings = outcome.domains.filter((domain) => domain.bookingCorrect !== null);
  return {
    goalId: options.goal.id,
    title: options.goal.title,
    tags: options.goal.tags,
    mode: 'dialogue',
    agent: options.agent,
    user: options.user.kind,
    completed,
    ...(error && !completed
      ? { error }
      : completed
        ? {}
        : { error: 'the user did not reach its goal in time' }),
    inform: outcome.inform,
    success: outcome.success && completed,
    jointGoalAccuracy: options.user.kind === 'agenda' ? jointGoalAccuracy(turnStates) : null,
    jointGoalAccuracyFuzzy:
      options.user.kind === 'agenda' ? fuzzyJointGoalAccuracy(turnStates) : null,
    turnStates,
    bookingCorrect:
      bookings.length === 0 ? null : bookings.every((domain) => domain.bookingCorrect),
    domains: outcome.domains,
    turns: conversation.turns.length,
    transcript: conversation.turns,
    goldStates,
  };
}
