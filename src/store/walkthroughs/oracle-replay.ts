import type { PromptProfileId, Turn } from '../../core/conversation/conversation';
import { bookingReferences } from '../../core/conversation/turn-bookings';
import { toolInfoFrom, createEvaluationWorld } from '../../eval/evaluation-world';
import { createOracleModel } from '../../eval/oracle/oracle-model';
import { playWalkthrough } from '../../eval/run-walkthrough';
import type { Walkthrough } from '../../eval/walkthrough';
import type { EngineSlice } from '../engine/engine-types';

export const walkthroughReplayLabel =
  'Walkthrough replay: scripted replies of the oracle agent, no model is running';

export interface OracleReplay {
  /** Puts the app's own booking references in the replies not yet given (see below). */
  correctFrom(turns: readonly Turn[]): void;
  /** Why the replay stopped fitting the app's world, or null while it fits. */
  divergence(): string | null;
}

interface CallOutcome {
  name: string;
  ok: boolean;
  error: string | undefined;
}

function callOutcomes(turns: readonly Turn[]): CallOutcome[] {
  return turns.flatMap((turn) =>
    turn.steps.flatMap((step) =>
      step.call && step.result
        ? [
            {
              name: step.call.name,
              ok: step.result.ok,
              error: step.result.ok ? undefined : step.result.error.message,
            },
          ]
        : [],
    ),
  );
}

function describeDivergence(live: CallOutcome, recorded: CallOutcome | undefined): string {
  const now = live.ok ? 'succeeded' : `failed (${live.error ?? 'no reason given'})`;
  const then = !recorded
    ? 'was not made'
    : recorded.name !== live.name
      ? `was ${recorded.name}`
      : recorded.ok
        ? 'succeeded'
        : 'failed';
  return `The walkthrough replay stopped: ${live.name} ${now} in this app, but that call ${then} when the replies were recorded, so the recorded replies no longer fit. Earlier bookings may have taken the place: cancel them in the Bookings panel, or load a model.`;
}

/** The oracle's outputs for the whole walkthrough, as `--engine scripted` records them. */
async function recordOracle(walkthrough: Walkthrough, profile: PromptProfileId) {
  const oracle = createOracleModel(walkthrough, toolInfoFrom(createEvaluationWorld().tools));
  const played = await playWalkthrough({
    walkthrough,
    profile,
    model: oracle.model,
    variant: 'oracle',
    onEvent: oracle.observe,
  });
  return {
    outputs: [...oracle.outputs],
    references: bookingReferences(played.turns),
    outcomes: callOutcomes(played.turns),
  };
}

/**
 * With no model (none, failed, or only a script), a walkthrough is answered by the oracle's
 * recorded outputs, so the real chat, turn loop, tools and storage run without a GPU. A loaded or
 * loading model is left alone (null). The recording was made in the evaluation world, whose
 * booking references differ from the ones the app's world hands out, so each recorded reference
 * is swapped for the real one as soon as the real booking is made, before the reply is given.
 * When a call turns out differently than in the recording (a table taken by earlier bookings),
 * the replay stops and every later reply says why, rather than claim what did not happen.
 */
export async function replayOracleUnlessModelLoaded(
  engine: () => Pick<EngineSlice, 'status' | 'useScriptedOutputs'>,
  walkthrough: Walkthrough,
  profile: PromptProfileId,
): Promise<OracleReplay | null> {
  const status = engine().status;
  if (status !== 'none' && status !== 'error' && status !== 'scripted') return null;
  const { outputs, references, outcomes } = await recordOracle(walkthrough, profile);
  let divergence: string | null = null;
  // The scripted model reads each output when its call comes, so corrections made here count.
  if (!engine().useScriptedOutputs(outputs, walkthroughReplayLabel)) return null;
  return {
    divergence: () => divergence,
    correctFrom(turns) {
      if (divergence) return;
      const live = callOutcomes(turns);
      const differing = live.findIndex(
        (outcome, index) =>
          outcome.name !== outcomes[index]?.name || outcome.ok !== outcomes[index]?.ok,
      );
      const first = live[differing];
      if (first) {
        // From here on the recorded replies would state what did not happen: say so instead.
        divergence = describeDivergence(first, outcomes[differing]);
        outputs.fill(`System: ${divergence}`);
        return;
      }
      bookingReferences(turns).forEach((real, index) => {
        const recorded = references[index];
        if (!recorded || recorded === real) return;
        outputs.forEach((output, position) => {
          outputs[position] = output.replaceAll(recorded, real);
        });
        references[index] = real;
      });
    },
  };
}
