/**
 * What the simulated user means by a turn, besides what it says: the dialogue acts of an
 * agenda-based user (Schatzmann et al. 2007), in MultiWOZ's domains and our tools' slot names.
 * The gold dialogue state after a user turn is what the user has informed so far.
 */
import type { DialogueState } from '../../core/conversation/conversation';
import type { UserGoal } from '../walkthrough';

export type UserAct =
  | { type: 'inform'; domain: string; slots: Record<string, string> }
  /** Asks the agent to book what it offered, with the booking values given so far. */
  | { type: 'book'; domain: string; slots: Record<string, string> }
  | { type: 'request'; domain: string; attributes: string[] }
  /** "That is not what I asked for": the offer broke one of the user's constraints. */
  | { type: 'reject'; domain: string }
  | { type: 'bye' };

export interface UserTurn {
  text: string;
  acts: UserAct[];
  /** The gold state after this turn; absent for a language-model user, whose acts are unknown. */
  goldState?: DialogueState;
  /** The user is done (said goodbye). */
  done: boolean;
}

export interface SimulatedUser {
  readonly kind: 'agenda' | 'llm';
  /** The user's next turn, reacting to the agent's last reply ('' before the first turn). */
  next(agentReply: string): Promise<UserTurn>;
}

/** A goal over the MultiWOZ world, with the domains in the order the user brings them up. */
export interface MultiwozGoal {
  id: string;
  title: string;
  /** single-domain / multi-domain, fail_info, fail_book, requests, and the domains. */
  tags: string[];
  goal: UserGoal;
  order: string[];
  /** Domain -> booking slots the user holds back until the agent asks for them. */
  withhold?: Record<string, string[]>;
}
