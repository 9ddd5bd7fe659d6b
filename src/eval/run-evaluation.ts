/**
 * An evaluation run: every chosen walkthrough under every chosen prompt profile, against either
 * a real model or the scripted outputs (the oracle's, plus its deliberate mistakes).
 */
import { createReplayChatModel } from '../core/model/replay-chat-model';
import type { PromptProfileId } from '../core/conversation/conversation';
import type { ChatModel } from '../core/model/chat-model';
import type { PromptOptions } from '../core/prompt/prompt-options';
import type { EvaluationRun, WalkthroughResult } from './evaluation-result';
import { createEvaluationWorld, toolInfoFrom } from './evaluation-world';
import { createOracleModel } from './oracle/oracle-model';
import { playWalkthrough, runWalkthrough } from './run-walkthrough';
import { summarizeProfile } from './summarize-results';
import type { Mistake, ScriptedVariant, Walkthrough } from './walkthrough';

/** Records what the ideal agent (or one with `mistake`) says, by playing it through the loop. */
export async function recordScriptedVariant(
  walkthrough: Walkthrough,
  profile: PromptProfileId,
  mistake?: Mistake,
): Promise<ScriptedVariant> {
  const oracle = createOracleModel(
    walkthrough,
    toolInfoFrom(createEvaluationWorld().tools),
    mistake,
  );
  await playWalkthrough({
    walkthrough,
    profile,
    model: oracle.model,
    variant: mistake?.kind ?? 'oracle',
    onEvent: oracle.observe,
  });
  return {
    walkthroughId: walkthrough.id,
    kind: mistake?.kind ?? 'oracle',
    outputs: [...oracle.outputs],
  };
}

export type EvaluationEngine =
  | {
      /** Each walkthrough's recorded oracle outputs, replayed by the replay model. */
      kind: 'scripted';
      /** Also replay each walkthrough's deliberate mistakes (default true). */
      includeMistakes?: boolean;
    }
  | { kind: 'model'; model: ChatModel };

export interface EvaluationRequest {
  id: string;
  walkthroughs: readonly Walkthrough[];
  profiles: readonly PromptProfileId[];
  engine: EvaluationEngine;
  options?: Record<string, string | number | boolean>;
  /** Prompt switches for every dialogue of the run (recorded in `options` by the caller). */
  promptOptions?: Partial<PromptOptions>;
  now?: () => number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, latest: WalkthroughResult) => void;
}

interface PlannedRun {
  walkthrough: Walkthrough;
  profile: PromptProfileId;
  mistake?: Mistake;
}

type PlanInput = Pick<EvaluationRequest, 'walkthroughs' | 'profiles' | 'engine'>;

/** How many dialogues a request plays (walkthroughs x profiles, plus mistakes when scripted). */
export function countPlannedRuns(request: PlanInput): number {
  return plan(request).length;
}

function plan(request: PlanInput): PlannedRun[] {
  const withMistakes =
    request.engine.kind === 'scripted' && request.engine.includeMistakes !== false;
  return request.profiles.flatMap((profile) =>
    request.walkthroughs.flatMap((walkthrough) => [
      { walkthrough, profile },
      ...(withMistakes
        ? (walkthrough.mistakes ?? []).map((mistake) => ({ walkthrough, profile, mistake }))
        : []),
    ]),
  );
}

export async function runEvaluation(request: EvaluationRequest): Promise<EvaluationRun> {
  const now = request.now ?? (() => Date.now());
  const startedAt = now();
  const planned = plan(request);
  const results: WalkthroughResult[] = [];
  for (const run of planned) {
    if (request.signal?.aborted) break;
    const { engine } = request;
    let model: ChatModel;
    if (engine.kind === 'scripted') {
      const variant = await recordScriptedVariant(run.walkthrough, run.profile, run.mistake);
      model = createReplayChatModel({ outputs: variant.outputs });
    } else {
      model = engine.model;
    }
    const result = await runWalkthrough({
      walkthrough: run.walkthrough,
      profile: run.profile,
      model,
      variant: engine.kind === 'model' ? 'model' : (run.mistake?.kind ?? 'oracle'),
      now,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.promptOptions ? { promptOptions: request.promptOptions } : {}),
    });
    results.push(result);
    request.onProgress?.(results.length, planned.length, result);
  }
  const modelId = request.engine.kind === 'model' ? request.engine.model.id : 'scripted';
  const hasMistakes = results.some(
    (result) => result.variant !== 'oracle' && result.variant !== 'model',
  );
  return {
    id: request.id,
    startedAt,
    finishedAt: now(),
    modelId,
    engine: request.engine.kind,
    profiles: [...request.profiles],
    options: request.options ?? {},
    results,
    summaries: request.profiles.map((profile) =>
      // The headline figures are the oracle's (or the model's); mistakes are shown per walkthrough.
      summarizeProfile(
        profile,
        results.filter((result) => result.variant === 'oracle' || result.variant === 'model'),
      ),
    ),
    ...(hasMistakes
      ? {
          summariesWithMistakes: request.profiles.map((profile) =>
            summarizeProfile(profile, results),
          ),
        }
      : {}),
  };
}
