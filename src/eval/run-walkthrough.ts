/**
 * Plays one walkthrough's user turns against a model through the real turn loop, tools and
 * world (fresh per run, bookings in memory, every booking auto-confirmed), then scores it.
 */
import type { Conversation, PromptProfileId, Turn } from '../core/conversation/conversation';
import { runTurn } from '../core/agent/run-turn';
import type { TurnEvent } from '../core/agent/turn-events';
import type { ChatModel } from '../core/model/chat-model';
import type { PromptOptions } from '../core/prompt/prompt-options';
import { REFERENCE_SLOT } from '../core/state/dialogue-state';
import { createEvaluationWorld, toolInfoFrom } from './evaluation-world';
import type { WalkthroughResult } from './evaluation-result';
import { createVenueDatabase, recordsByDomain } from './goal-matcher';
import {
  callAccuracy,
  emptyCallCounts,
  addCallCounts,
  scoreTurnCalls,
} from './metrics/api-call-accuracy';
import { scoreGoal } from './metrics/goal-success';
import {
  fuzzyJointGoalAccuracy,
  jointGoalAccuracy,
  scoreTurnStates,
} from './metrics/joint-goal-accuracy';
import { summarizeCosts, turnCost } from './metrics/turn-costs';
import { extractFacts } from './trace-facts';
import type { Walkthrough } from './walkthrough';

export interface RunWalkthroughOptions {
  walkthrough: Walkthrough;
  profile: PromptProfileId;
  model: ChatModel;
  variant: WalkthroughResult['variant'];
  now?: () => number;
  signal?: AbortSignal;
  maxSteps?: number;
  /** Prompt switches (e.g. constrained decoding) under test. */
  promptOptions?: Partial<PromptOptions>;
  /** Every turn event, e.g. to show progress or to steer a recording oracle. */
  onEvent?: (event: TurnEvent) => void;
}

export async function playWalkthrough(
  options: RunWalkthroughOptions,
): Promise<{ turns: Turn[]; completed: boolean; error?: string }> {
  const { walkthrough, profile, model } = options;
  const { tools } = createEvaluationWorld();
  const now = options.now ?? (() => Date.now());
  let nextId = 0;
  const conversation: Conversation = {
    id: `eval-${walkthrough.id}`,
    title: walkthrough.title,
    createdAt: now(),
    updatedAt: now(),
    profile,
    turns: [],
    modelId: model.id,
  };
  for (const spec of walkthrough.turns) {
    let ended: { reason: string; turn: Turn } | undefined;
    let failure: string | undefined;
    try {
      for await (const event of runTurn({
        conversation,
        userText: spec.user,
        model,
        tools,
        ids: { next: () => `${walkthrough.id}-${nextId++}` },
        now,
        confirm: async () => true,
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.maxSteps ? { maxSteps: options.maxSteps } : {}),
        ...(options.promptOptions ? { promptOptions: options.promptOptions } : {}),
      })) {
        options.onEvent?.(event);
        if (event.type === 'error') failure = `${event.kind}: ${event.message}`;
        if (event.type === 'turn-end') ended = { reason: event.reason, turn: event.turn };
      }
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    if (!ended)
      return { turns: conversation.turns, completed: false, error: failure ?? 'no turn-end' };
    conversation.turns = [...conversation.turns, ended.turn];
    if (ended.reason !== 'reply')
      return { turns: conversation.turns, completed: false, error: failure ?? ended.reason };
  }
  return { turns: conversation.turns, completed: true };
}

export async function runWalkthrough(options: RunWalkthroughOptions): Promise<WalkthroughResult> {
  const { walkthrough } = options;
  const played = await playWalkthrough(options);
  const { world, tools } = createEvaluationWorld();
  const toolInfo = toolInfoFrom(tools);
  const isBooking = (name: string) => tools.get(name)?.kind === 'booking';
  const facts = extractFacts(played.turns, toolInfo);
  const goal = scoreGoal(walkthrough.goal, facts, createVenueDatabase(recordsByDomain(world.data)));
  const callCounts = walkthrough.turns
    .map((spec, index) =>
      scoreTurnCalls(spec.expectedCalls, facts.callsPerTurn[index] ?? [], isBooking),
    )
    .reduce(addCallCounts, emptyCallCounts());
  const turnStates = scoreTurnStates(
    walkthrough.turns.map((spec) => spec.goldState),
    walkthrough.turns.map((_, index) => played.turns[index]?.state),
    [REFERENCE_SLOT],
  );
  const turnCosts = played.turns.map(turnCost);
  const bookingOutcomes = goal.domains.filter((domain) => domain.bookingCorrect !== null);
  return {
    walkthroughId: walkthrough.id,
    title: walkthrough.title,
    profile: options.profile,
    variant: options.variant,
    modelId: options.model.id,
    completed: played.completed,
    ...(played.error ? { error: played.error } : {}),
    inform: goal.inform,
    success: goal.success && played.completed,
    jointGoalAccuracy: jointGoalAccuracy(turnStates),
    jointGoalAccuracyFuzzy: fuzzyJointGoalAccuracy(turnStates),
    turnStates,
    callCounts,
    calls: callAccuracy(callCounts),
    bookingCorrect:
      bookingOutcomes.length === 0
        ? null
        : bookingOutcomes.every((domain) => domain.bookingCorrect),
    domains: goal.domains,
    turns: played.turns.length,
    turnCosts,
    costs: summarizeCosts(turnCosts),
    transcript: played.turns,
  };
}
