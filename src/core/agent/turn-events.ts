/**
 * Everything the turn loop does is reported as one of these events, in order. The store, the
 * trace inspector and the evaluator all consume the same stream.
 */
import type { Turn } from '../conversation/conversation';
import type { ChatMessage, ChatUsage, FinishReason } from '../model/chat-model';
import type { ToolCall, ToolResult } from '../tools/tool-definition';

export type TurnErrorKind =
  | 'malformed-output'
  | 'unknown-tool'
  | 'invalid-arguments'
  | 'tool-failed'
  | 'declined'
  | 'model-failed'
  | 'message-too-long'
  | 'step-limit';

export type TurnEndReason = 'reply' | 'fallback' | 'aborted' | 'step-limit' | 'model-error';

export type TurnEvent =
  | {
      type: 'model-request';
      step: number;
      stage: 'action' | 'response' | 'repair';
      messages: ChatMessage[];
      /** Token count of the prompt (exact or estimated). */
      promptTokens: number;
    }
  | { type: 'text-delta'; step: number; text: string }
  | {
      type: 'model-response';
      step: number;
      raw: string;
      finishReason: FinishReason;
      usage: ChatUsage;
    }
  | { type: 'thought'; step: number; text: string }
  | { type: 'tool-call'; step: number; call: ToolCall; needsConfirmation: boolean }
  | { type: 'tool-result'; step: number; callId: string; result: ToolResult; observation: string }
  | { type: 'reply'; text: string }
  | { type: 'error'; step?: number; kind: TurnErrorKind; message: string }
  | { type: 'turn-end'; reason: TurnEndReason; turn: Turn };
