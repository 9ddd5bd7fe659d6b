import type { PromptProfileId } from '../../core/conversation/conversation';
import { recordScriptedVariant } from '../../eval/run-evaluation';
import type { Walkthrough } from '../../eval/walkthrough';
import type { AppState } from '../app-store';

export const walkthroughReplayLabel =
  'Walkthrough replay: scripted replies of the oracle agent, no model is running';

/**
 * With no model (none, failed, or only a script), a walkthrough is answered by the oracle's
 * recorded outputs, the ones `--engine scripted` replays, so the real chat, turn loop, tools and
 * storage run without a GPU. A loaded or loading model is left alone.
 */
export async function replayOracleUnlessModelLoaded(
  state: () => AppState,
  walkthrough: Walkthrough,
  profile: PromptProfileId,
): Promise<void> {
  const status = state().engine?.status;
  if (status !== 'none' && status !== 'error' && status !== 'scripted') return;
  const script = await recordScriptedVariant(walkthrough, profile);
  state().engine.useScriptedOutputs(script.outputs, walkthroughReplayLabel);
}
