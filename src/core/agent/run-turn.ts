import type { Conversation, DialogueState, Turn } from '../conversation/conversation';
import { counterForModel, type TokenCounter } from '../context/token-counter';
import {
  ChatModelError,
  type ChatModel,
  type ChatRequest,
  type ChatResult,
} from '../model/chat-model';
import { parseModelOutput } from '../parse/parse-model-output';
import { buildPrompt, type PromptContext } from '../prompt/build-prompt';
import { measureMessageFit, messageTooLongText, promptHistory } from '../prompt/message-fit';
import type { ModelStage } from '../prompt/chat-transcript';
import { FALLBACK_REPLY, STEP_LIMIT_REPLY } from '../prompt/cra-constants';
import { latestState } from '../prompt/history-lines';
import { historyBefore } from '../conversation/turn-tree';
import { STOP_SEQUENCES, resolvePromptOptions, type PromptOptions } from '../prompt/prompt-options';
import type { ToolCall, ToolDefinition } from '../tools/tool-definition';
import type { ToolRegistry } from '../tools/tool-registry';
import { TurnAborted } from './abortable';
import { runToolStep } from './tool-step';
import {
  applyTurnEvent,
  startTurn,
  type TurnEndReason,
  type TurnEvent,
  type TurnStartEvent,
} from './turn-events';

export interface RunTurnOptions {
  /** The conversation so far (earlier turns, every version); not modified. */
  conversation: Conversation;
  userText: string;
  /**
   * The turn this one follows, when it is a new version of a turn (regenerate, edit: the replaced
   * turn's parent, null for a first turn) or continues a path that does not end last. Absent, the
   * turn continues the shown path. The prompt is built from the turns up to it (`historyBefore`).
   */
  parentId?: string | null;
  /**
   * The turn's id, when the caller shows the turn before the loop starts (the store does);
   * otherwise the first id from `ids`. It is the id of the turn from start to end.
   */
  turnId?: string;
  model: ChatModel;
  tools: ToolRegistry;
  ids: { next(): string };
  now(): number;
  /** Asked before any booking runs; false means the user declined and nothing is booked. */
  confirm?: (call: ToolCall, tool: ToolDefinition) => Promise<boolean>;
  signal?: AbortSignal;
  /** Tool calls allowed in one turn (default 4). */
  maxSteps?: number;
  /** Overrides the conversation's own `promptOptions`, switch by switch. */
  promptOptions?: Partial<PromptOptions>;
  /** Overrides the model's own count or the estimate, e.g. an exact tokenizer in benchmarks. */
  tokenCounter?: TokenCounter;
}

export const DEFAULT_MAX_STEPS = 4;

interface LoopState {
  /** The turn so far: every event yielded, folded by `applyTurnEvent`. */
  turn: Turn;
  dialogueState: DialogueState;
}

/**
 * One user turn of the ReAct loop: action prompt, model, parse, tool (with confirmation for
 * bookings), observation, response prompt, model, reply. Everything is reported as events; the
 * first is `turn-start`, the last is always `turn-end` with the finished Turn. Nothing a model or
 * a tool does makes it throw.
 */
export async function* runTurn(options: RunTurnOptions): AsyncGenerator<TurnEvent> {
  const start: TurnStartEvent = {
    type: 'turn-start',
    id: options.turnId ?? options.ids.next(),
    user: options.userText,
    ...(options.parentId !== undefined ? { parentId: options.parentId } : {}),
  };
  const loop: LoopState = {
    turn: startTurn(start, options.now()),
    dialogueState: { ...latestState(historyBefore(options.conversation, options.parentId)) },
  };
  yield start;
  let reason: TurnEndReason;
  try {
    reason = yield* folded(loop, options, runSteps(options, loop));
  } catch (error) {
    if (error instanceof TurnAborted || options.signal?.aborted) {
      reason = 'aborted';
    } else {
      const message = error instanceof Error ? error.message : String(error);
      const open = loop.turn.steps.at(-1);
      const step = open && open.endedAt === undefined ? { step: open.index } : {};
      const failed: TurnEvent = { type: 'error', ...step, kind: 'model-failed', message };
      loop.turn = applyTurnEvent(loop.turn, failed, options.now());
      yield failed;
      // A connection cut mid-reply is an interruption, not a model failure: what arrived is kept.
      reason =
        error instanceof ChatModelError && error.kind === 'interrupted'
          ? 'interrupted'
          : 'model-error';
    }
  }
  const end = { type: 'turn-end', reason, state: loop.dialogueState, turn: loop.turn } as const;
  // The event carries its own fold, so a consumer that only wants the record can take it.
  yield { ...end, turn: applyTurnEvent(loop.turn, end, options.now()) };
}

/** Passes events on, folding each into `loop.turn` first, so the loop reads what it reported. */
async function* folded<R>(
  loop: LoopState,
  options: RunTurnOptions,
  events: AsyncGenerator<TurnEvent, R>,
): AsyncGenerator<TurnEvent, R> {
  for (;;) {
    const next = await events.next();
    if (next.done) return next.value;
    loop.turn = applyTurnEvent(loop.turn, next.value, options.now());
    yield next.value;
  }
}

async function* runSteps(
  options: RunTurnOptions,
  loop: LoopState,
): AsyncGenerator<TurnEvent, TurnEndReason> {
  const promptOptions = resolvePromptOptions({
    ...options.conversation.promptOptions,
    ...options.promptOptions,
  });
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const context: Omit<PromptContext, 'current'> = {
    profile: options.conversation.profile,
    // A store may already list the turn being generated; only finished turns are history.
    history: promptHistory(historyBefore(options.conversation, options.parentId)),
    registry: options.tools,
    options: promptOptions,
    counter: options.tokenCounter ?? counterForModel(options.model),
    contextWindow: options.model.contextWindow,
  };
  const fit = measureMessageFit({ ...context, current: loop.turn });
  if (!fit.fits) {
    // Recorded as a step that sent nothing (an empty prompt), so the turn shows why and later
    // prompts leave it out (promptHistory).
    const message = messageTooLongText(fit, options.userText.length);
    yield { type: 'model-request', step: 0, stage: 'action', messages: [], promptTokens: 0 };
    yield { type: 'error', step: 0, kind: 'message-too-long', message };
    return 'model-error';
  }
  let stage: ModelStage = 'action';
  let repaired = false;
  let toolCalls = 0;

  for (;;) {
    if (options.signal?.aborted) throw new TurnAborted();
    const built = buildPrompt(stage, { ...context, current: loop.turn });
    const step = loop.turn.steps.length;
    yield {
      type: 'model-request',
      step,
      stage,
      messages: built.messages,
      promptTokens: built.promptTokens,
    };
    const request: ChatRequest = {
      messages: built.messages,
      maxTokens: promptOptions.maxOutputTokens,
      stop: STOP_SEQUENCES,
      temperature: 0,
      ...(options.signal ? { signal: options.signal } : {}),
      ...(promptOptions.constrained
        ? { grammar: options.tools.grammar({ cuedThought: promptOptions.thought === 'cued' }) }
        : {}),
    };
    const result = yield* callModel(options.model, request, step);
    yield {
      type: 'model-response',
      step,
      raw: result.text,
      finishReason: result.finishReason,
      usage: result.usage,
    };
    if (result.finishReason === 'abort' || options.signal?.aborted) return 'aborted';

    const parsed = parseModelOutput(result.text);
    if (parsed.thought) yield { type: 'thought', step, text: parsed.thought };
    if (parsed.kind === 'reply' && parsed.text.trim() !== '') {
      yield { type: 'reply', text: parsed.text.trim() };
      return 'reply';
    }
    const call = parsed.kind === 'actions' ? parsed.calls[0] : undefined;
    if (!call) {
      const message = parsed.kind === 'malformed' ? parsed.reason : `empty ${parsed.kind}`;
      yield { type: 'error', step, kind: 'malformed-output', message };
      if (!repaired) {
        repaired = true;
        stage = 'repair';
        continue;
      }
      yield { type: 'reply', text: FALLBACK_REPLY };
      return 'fallback';
    }
    if (toolCalls >= maxSteps) {
      const message = `more than ${maxSteps} tool calls in one turn`;
      yield { type: 'error', step, kind: 'step-limit', message };
      yield { type: 'reply', text: STEP_LIMIT_REPLY };
      return 'step-limit';
    }
    toolCalls += 1;
    loop.dialogueState = yield* runToolStep(
      {
        tools: options.tools,
        conversationId: options.conversation.id,
        nextId: () => options.ids.next(),
        ...(options.confirm ? { confirm: options.confirm } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
      },
      step,
      call,
      loop.dialogueState,
    );
    stage = 'response';
  }
}

/**
 * Streams one model call as text-delta events and returns the canonical result. An abort
 * surfaces as TurnAborted; any other failure as the error the model threw.
 */
async function* callModel(
  model: ChatModel,
  request: ChatRequest,
  step: number,
): AsyncGenerator<TurnEvent, ChatResult> {
  try {
    for await (const event of model.stream(request)) {
      if (event.type === 'done') return event.result;
      if (event.text === '') continue;
      yield { type: 'text-delta', step, text: event.text };
    }
  } catch (error) {
    if (request.signal?.aborted || (error instanceof ChatModelError && error.kind === 'aborted')) {
      throw new TurnAborted();
    }
    throw error;
  }
  throw new ChatModelError('unknown', 'The model stream ended without a result.');
}
