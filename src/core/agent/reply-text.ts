import { SYSTEM_LABEL } from '../prompt/cra-constants';

/**
 * The user-visible part of an output that is still streaming: whatever follows `System:`.
 * Before that label appears (a Thought, an Action) there is nothing to show yet.
 */
export function replyInProgress(raw: string): string {
  const index = raw.indexOf(SYSTEM_LABEL);
  if (index === -1) return '';
  return raw.slice(index + SYSTEM_LABEL.length).trimStart();
}
