/**
 * The conversation model: what is stored, rendered, exported and evaluated. Plain data only,
 * so it survives structured clone (IndexedDB, BroadcastChannel, workers) and JSON export.
 */
import type { ChatMessage, ChatUsage, FinishReason } from '../model/chat-model';
import type { PromptOptions } from '../prompt/prompt-options';
import type { ToolCall, ToolResult } from '../tools/tool-definition';

export type PromptProfileId = 'cra-exact' | 'cra-chat';

/** The database a conversation's tools run on: the generated Cambridge, or MultiWOZ's. */
export type WorldId = 'generated' | 'multiwoz';

/** Dialogue state: domain -> slot -> canonical value ("dontcare" is a value). */
export type DialogueState = Record<string, Record<string, string>>;

/** One model call inside a turn, with everything the trace inspector shows. */
export interface AgentStep {
  index: number;
  /** action: the action-prediction prompt; response: the response-generation prompt. */
  stage: 'action' | 'response' | 'repair';
  /** The exact messages sent to the model. */
  prompt: ChatMessage[];
  /** The canonical raw model output. */
  raw: string;
  finishReason?: FinishReason;
  thought?: string;
  call?: ToolCall;
  result?: ToolResult;
  /** The observation text as the model sees it. */
  observation?: string;
  /** Set when the output could not be parsed, the call was rejected, or the user declined. */
  error?: string;
  usage?: ChatUsage;
  startedAt: number;
  endedAt?: number;
}

export type TurnStatus = 'streaming' | 'complete' | 'interrupted' | 'aborted' | 'error';

export interface Turn {
  id: string;
  /**
   * The turn this one follows: null for a first turn, absent for "the turn before it in stored
   * order" (every turn before versions existed, and a plain send at the end of the conversation,
   * so that two tabs sending at once stay one line). Set by regenerate and edit, which add a
   * version beside an earlier turn, and by a send that continues a path not ending last
   * (`turn-tree.ts`).
   */
  parentId?: string | null;
  user: string;
  steps: AgentStep[];
  /** The system reply shown to the user; partial while streaming or when interrupted. */
  reply: string;
  status: TurnStatus;
  startedAt: number;
  endedAt?: number;
  /** Dialogue state after this turn. */
  state?: DialogueState;
}

export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  profile: PromptProfileId;
  /** Switches of the prompt format for this conversation (A/B); defaults apply when absent. */
  promptOptions?: Partial<PromptOptions>;
  turns: Turn[];
  /** Model id of the last turn, for the record. */
  modelId?: string;
  /**
   * The world its tools ran on, fixed at its first turn (its bookings name that world's venues);
   * absent on conversations from before worlds could be picked, which ran on the generated one.
   */
  world?: WorldId;
  /**
   * When title, profile or prompt options last changed: of two copies saved by different tabs,
   * the later one's metadata wins (merge-conversation.ts). Stamped by the v2 -> v3 migration.
   */
  metaUpdatedAt?: number;
  /**
   * Turns dropped for good: a save from another tab must not bring them back. Regenerate and edit
   * dropped the turn they replaced before versions were kept; nothing adds to it now, but old
   * records and other tabs still merge it.
   */
  removedTurnIds?: string[];
  /**
   * The version shown at each fork: parent turn id (`ROOT_CHOICE`, '', for the first turns) ->
   * the child shown. A fork without an entry shows its newest child (`turn-tree.ts`).
   */
  activeChildren?: Record<string, string>;
  /** When `activeChildren` last changed: merging two copies, the later choice at a fork wins. */
  pathUpdatedAt?: number;
}
