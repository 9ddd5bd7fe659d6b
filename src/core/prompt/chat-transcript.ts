import type { AgentStep, Turn } from '../conversation/conversation';
import type { ChatMessage } from '../model/chat-model';
import { OBSERVATION_LABEL, USER_LABEL, repairNote } from './cra-constants';
import { labelled } from './history-lines';

export type ModelStage = AgentStep['stage'];

/**
 * The one user message a cra-chat call appends: the user's line, the observation of the tool
 * that just ran, or the repair note. Derived from stored steps alone, so the history of a later
 * call reproduces the earlier requests byte for byte (which is what KV-cache reuse needs).
 */
export function chatUserMessage(
  stage: ModelStage,
  user: string,
  earlierSteps: readonly AgentStep[],
): string {
  const previous = earlierSteps[earlierSteps.length - 1];
  if (stage === 'action' || !previous) return labelled(USER_LABEL, user);
  if (stage === 'repair') return repairNote(previous.error ?? 'no action or reply found');
  return `${OBSERVATION_LABEL} ${previous.observation ?? ''}`;
}

function completed(step: AgentStep): boolean {
  return step.finishReason === 'stop' || step.finishReason === 'length';
}

/** The user/assistant pairs of a turn: each model call that finished, with its canonical output. */
export function chatTurnMessages(turn: Turn): ChatMessage[] {
  const messages: ChatMessage[] = [];
  turn.steps.forEach((step, index) => {
    if (!completed(step)) return;
    messages.push({
      role: 'user',
      content: chatUserMessage(step.stage, turn.user, turn.steps.slice(0, index)),
    });
    messages.push({ role: 'assistant', content: step.raw });
  });
  return messages;
}
