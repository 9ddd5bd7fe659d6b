/**
 * A walkthrough is a scripted booking dialogue over the mock world: the user's goal, what the
 * user says turn by turn, and per user turn the calls a good agent makes and the dialogue state
 * it should then hold. Plain data, so it can be shown, exported and scored.
 */
import type { DialogueState } from '../core/conversation/conversation';
import type { ToolArguments } from '../core/tools/tool-definition';

export type SlotValues = Record<string, string>;

/**
 * One domain of a user goal, in MultiWOZ's form and with its field names (the goals of the
 * benchmark's data files): `info`, `fail_info`, `book`, `fail_book`, `reqt`.
 */
export interface DomainGoal {
  /** Constraints the offered entity must satisfy (search arguments; `name` for a named venue). */
  info: SlotValues;
  /** What the user asks for first, which matches nothing, before relaxing to `info`. */
  fail_info?: SlotValues;
  /** Booking values the final booking must carry. */
  book?: SlotValues;
  /** Booking values tried first, which the world refuses, before falling back to `book`. */
  fail_book?: SlotValues;
  /** Requested attributes: entity fields (phone, postcode, arrive_by, ...) or "reference". */
  reqt: string[];
}

/** Domain ("restaurant", "hotel", "train") -> goal. */
export type UserGoal = Record<string, DomainGoal>;

export interface ExpectedCall {
  name: string;
  arguments: ToolArguments;
}

export interface WalkthroughTurn {
  user: string;
  /** The calls a good agent makes in this turn, in order. */
  expectedCalls: ExpectedCall[];
  /**
   * The gold dialogue state after this turn, written by hand from what the user has said
   * (including slots given where no call is due; "dontcare" is a value). Never derived from the
   * expected calls, so JGA measures the tracker against an independent answer.
   */
  goldState: DialogueState;
  /** Entity attributes the ideal reply states (phone, postcode, ...), for the oracle. */
  mention?: string[];
  /** What the ideal agent says when it calls nothing (a clarifying question, a goodbye). */
  systemReply?: string;
  /** The ideal agent searched with what it had and now asks for the rest: it offers nothing. */
  asks?: boolean;
}

export interface Walkthrough {
  id: string;
  title: string;
  /** What the dialogue exercises, e.g. ["multi-domain", "fail_book"]. */
  tags: string[];
  goal: UserGoal;
  turns: WalkthroughTurn[];
  /** Imperfect scripted variants to build besides the oracle one. */
  mistakes?: Mistake[];
}

/** A deliberate departure from the ideal agent, so the metrics can be seen to give partial credit. */
export type Mistake =
  /** A search argument with another value than the user gave. */
  | { kind: 'wrong-slot-value'; turn: number; argument: string; value: string }
  /** A requested attribute left out of the replies. */
  | { kind: 'missing-request'; attribute: string }
  /** A booking made before the user asked for one. */
  | { kind: 'premature-booking'; turn: number; call: ExpectedCall }
  /** The reply offers `venue`, which does not satisfy the goal, in place of the right one. */
  | { kind: 'wrong-venue'; turn: number; venue: string }
  /** A booking argument with another value than the user gave. */
  | { kind: 'wrong-booking-value'; turn: number; argument: string; value: string | number };

export type MistakeKind = Mistake['kind'];

/** Raw model outputs, one per model call, that replay a walkthrough through the real loop. */
export interface ScriptedVariant {
  walkthroughId: string;
  /** "oracle" behaves perfectly; otherwise the mistake it makes on purpose. */
  kind: 'oracle' | MistakeKind;
  outputs: string[];
}
