/** What one evaluation run records: per walkthrough and profile, then summaries per profile. */
import type { PromptProfileId, Turn } from '../core/conversation/conversation';
import type { CallAccuracy, CallCounts } from './metrics/api-call-accuracy';
import type { DomainOutcome } from './metrics/goal-success';
import type { TurnStateScore } from './metrics/joint-goal-accuracy';
import type { CostSummary, TurnCost } from './metrics/turn-costs';
import type { MultiwozSummary } from './multiwoz/multiwoz-summary';
import type { DialogueResult } from './multiwoz/run-dialogue';
import type { TurnLevelResult } from './multiwoz/run-turn-level';
import type { ScriptedVariant } from './walkthrough';

export interface WalkthroughResult {
  walkthroughId: string;
  title: string;
  profile: PromptProfileId;
  /** "oracle", a deliberate mistake, or "model" when a real model answered. */
  variant: ScriptedVariant['kind'] | 'model';
  modelId: string;
  /** Every user turn ran to a reply (no model failure, no step limit). */
  completed: boolean;
  error?: string;
  inform: boolean;
  success: boolean;
  jointGoalAccuracy: number;
  /** JGA with the CoALM evaluator's fuzzy value matching (partial ratio above 95). */
  jointGoalAccuracyFuzzy: number;
  turnStates: TurnStateScore[];
  callCounts: CallCounts;
  calls: CallAccuracy;
  /** null when the goal books nothing. */
  bookingCorrect: boolean | null;
  domains: DomainOutcome[];
  turns: number;
  turnCosts: TurnCost[];
  costs: CostSummary;
  /** The dialogue itself, for the trace view and export. */
  transcript: Turn[];
}

export interface ProfileSummary {
  profile: PromptProfileId;
  walkthroughs: number;
  completed: number;
  inform: number;
  success: number;
  /** Over all user turns of all walkthroughs. */
  jointGoalAccuracy: number;
  jointGoalAccuracyFuzzy: number;
  apiAccuracy: number;
  apiNameAccuracy: number;
  slotPrecision: number;
  slotRecall: number;
  slotF1: number;
  spuriousCalls: number;
  spuriousBookings: number;
  /** Share of booking goals booked with the goal's values; null when none booked. */
  bookingCorrect: number | null;
  turns: number;
  meanLatencyMs: number;
  /** null when the engine did not report what it prefilled. */
  meanPrefilledTokens: number | null;
  meanDecodedTokens: number;
}

export interface EvaluationRun {
  id: string;
  startedAt: number;
  finishedAt: number;
  modelId: string;
  engine: 'scripted' | 'model';
  profiles: PromptProfileId[];
  /** Free-form options that distinguish runs when comparing (e.g. constrained decoding). */
  options: Record<string, string | number | boolean>;
  results: WalkthroughResult[];
  /** Headline figures per profile: the oracle's (scripted) or the model's runs. */
  summaries: ProfileSummary[];
  /** Scripted runs only: every variant, deliberate mistakes included, per profile. */
  summariesWithMistakes?: ProfileSummary[];
  /** What was played; absent on runs from before MultiWOZ runs (the walkthroughs). */
  setup?: RunSetup;
  /** A MultiWOZ run's figures (its `results` and `summaries` are empty). */
  multiwoz?: MultiwozResults;
}

/** Which world, protocol and user a run played, so that a past run says what it measured. */
export interface RunSetup {
  world: 'generated' | 'multiwoz';
  /** walkthroughs: the generated world's scripted dialogues; the others: MultiWOZ goals. */
  mode: 'walkthroughs' | 'dialogue' | 'turn-level';
  /** Who played the user, in words. */
  user: string;
  /** A model played the agent or the user (not the scripted check of the evaluator). */
  live: boolean;
}

export interface MultiwozResults {
  /** One per agent: the headline first, then each deliberate mistake (scripted runs). */
  summaries: MultiwozSummary[];
  dialogues: DialogueResult[];
  turnLevel: TurnLevelResult[];
}

/** A run's setup, for runs stored before runs recorded one (they played the walkthroughs). */
export function setupOf(run: Pick<EvaluationRun, 'setup' | 'engine'>): RunSetup {
  return (
    run.setup ?? {
      world: 'generated',
      mode: 'walkthroughs',
      user: 'walkthrough script',
      live: run.engine === 'model',
    }
  );
}
