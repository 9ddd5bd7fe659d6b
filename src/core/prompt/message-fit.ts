import type { Turn } from '../conversation/conversation';
import { buildPrompt, promptLimit, type PromptContext } from './build-prompt';

/*
 * The budget fits history around the message being sent, but the message itself is never cut:
 * a 200,000-character message would make a 48,000-token prompt for a 4,096-token model. So the
 * message is measured first, in the smallest prompt it could ever be part of (no history), with
 * room kept for the observation and reply of its own turn. A message that does not fit is
 * refused before any model call; the turn keeps the whole text (nothing the person wrote is
 * lost) and says why.
 */

export interface MessageFit {
  fits: boolean;
  /** Tokens of the message alone. */
  messageTokens: number;
  /** Tokens a message may have in this conversation's profile and model. */
  maxMessageTokens: number;
}

export function measureMessageFit(context: PromptContext): MessageFit {
  const limit = promptLimit(context.contextWindow, context.options);
  const smallest = buildPrompt('action', { ...context, history: [] });
  const messageTokens = context.counter.count(context.current.user);
  const reserve = context.options.chatTurnReserveTokens;
  const maxMessageTokens = Math.max(0, limit - reserve - (smallest.promptTokens - messageTokens));
  return { fits: messageTokens <= maxMessageTokens, messageTokens, maxMessageTokens };
}

export function messageTooLongText(fit: MessageFit, characters: number): string {
  const chars = characters.toLocaleString('en-GB');
  return (
    `This message is too long for the model: ${chars} characters, about ` +
    `${fit.messageTokens.toLocaleString('en-GB')} tokens, where at most ` +
    `${fit.maxMessageTokens.toLocaleString('en-GB')} fit with the instructions and room for the ` +
    'reply. Nothing was sent to the model, and your whole message is kept here. ' +
    'Shorten it or send it in parts.'
  );
}

/** A turn refused before any model call: kept for the person, never shown to the model. */
export function isRefusedTurn(turn: Turn): boolean {
  return turn.status === 'error' && turn.steps.every((step) => step.prompt.length === 0);
}

/** The finished turns a prompt may draw on. */
export function promptHistory(turns: readonly Turn[]): Turn[] {
  return turns.filter((turn) => turn.status !== 'streaming' && !isRefusedTurn(turn));
}
