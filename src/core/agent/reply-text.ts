import type { AgentStep } from '../conversation/conversation';
import { SYSTEM_LABEL } from '../prompt/cra-constants';

/**
 * The user-visible part of an output that is still streaming (or was cut short): whatever
 * follows `System:`. A response-stage output is a reply even when the model leaves the label
 * out; at the action stage, before the label appears (a Thought, an Action), there is nothing
 * to show yet. The screen while streaming and the stored record after a stop both use this.
 */
export function replyInProgress(raw: string, stage: AgentStep['stage'] = 'action'): string {
  const index = raw.indexOf(SYSTEM_LABEL);
  if (index !== -1) return raw.slice(index + SYSTEM_LABEL.length).trimStart();
  if (stage === 'response' && !/^\s*(Thought|Action)\b/.test(raw)) return raw.trimStart();
  return '';
}
