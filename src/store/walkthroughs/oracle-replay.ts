import type { PromptProfileId, Turn } from '../../core/conversation/conversation';
import { toolInfoFrom, createEvaluationWorld } from '../../eval/evaluation-world';
import { createOracleModel } from '../../eval/oracle/oracle-model';
import { playWalkthrough } from '../../eval/run-walkthrough';
import type { Walkthrough } from '../../eval/walkthrough';
import type { AppState } from '../app-store';

export const walkthroughReplayLabel =
  'Walkthrough replay: scripted replies of the oracle agent, no model is running';

export interface OracleReplay {
  /** Puts the app's own booking references in the replies not yet given (see below). */
  correctFrom(turns: readonly Turn[]): void;
}

/** References of the bookings made in these turns, in order. */
export function bookingReferences(turns: readonly Turn[]): string[] {
  return turns.flatMap((turn) =>
    turn.steps.flatMap((step) => {
      const reference = step.result?.ok ? step.result.data['reference'] : undefined;
      return typeof reference === 'string' ? [reference] : [];
    }),
  );
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
  return { outputs: [...oracle.outputs], references: bookingReferences(played.turns) };
}

/**
 * With no model (none, failed, or only a script), a walkthrough is answered by the oracle's
 * recorded outputs, so the real chat, turn loop, tools and storage run without a GPU. A loaded or
 * loading model is left alone (null). The recording was made in the evaluation world, whose
 * booking references differ from the ones the app's world hands out, so each recorded reference
 * is swapped for the real one as soon as the real booking is made, before the reply is given.
 */
export async function replayOracleUnlessModelLoaded(
  state: () => AppState,
  walkthrough: Walkthrough,
  profile: PromptProfileId,
): Promise<OracleReplay | null> {
  const status = state().engine?.status;
  if (status !== 'none' && status !== 'error' && status !== 'scripted') return null;
  const { outputs, references } = await recordOracle(walkthrough, profile);
  // The scripted model reads each output when its call comes, so corrections made here count.
  if (!state().engine.useScriptedOutputs(outputs, walkthroughReplayLabel)) return null;
  return {
    correctFrom(turns) {
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
