import type { AgentStep, Conversation, DialogueState, Turn } from '../conversation/conversation';
import { counterForModel, type TokenCounter } from '../context/token-counter';
import { ChatModelError, type ChatModel, type ChatRequest } from '../model/chat-model';
import { parseModelOutput } from '../parse/parse-model-output';
import { buildPrompt, type PromptContext } from '../prompt/build-prompt';
import { measureMessageFit, messageTooLongText, promptHistory } from '../prompt/message-fit';
import type { ModelStage } from '../prompt/chat-transcript';
import { FALLBACK_REPLY, STEP_LIMIT_REPLY } from '../prompt/cra-constants';
import { latestState } from '../prompt/history-lines';
import { STOP_SEQUENCES, resolvePromptOptions, type PromptOptions } from '../prompt/prompt-options';
import type { ToolCall, ToolDefinition } from '../tools/tool-definition';
import type { ToolRegistry } from '../tools/tool-registry';
import { TurnAborted } from './abortable';
import { callModel } from './model-call';
import { replyInProgress } from './reply-text';
import { closeOpenStep, settleTurn } from './turn-record';
import { runToolStep } from './tool-step';
import type { TurnEndReason, TurnEvent } from './turn-events';

export interface RunTurnOptions {
  /** The conversation so far (earlier turns); not modified. */
  conversation: Conversation;
  userText: string;
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
  turn: Turn;
  dialogueState: DialogueState;
  /** Output streamed by the current call, for the partial reply when it is cut short. */
  streamed: { text: string };
}

/**
 * One user turn of the ReAct loop: action prompt, model, parse, tool (with confirmation for
 * bookings), observation, response prompt, model, reply. Everything is reported as events; the
 * last one is always `turn-end` with the finished Turn. Nothing a model or a tool does makes it
 * throw.
 */
export async function* runTurn(options: RunTurnOptions): AsyncGenerator<TurnEvent> {
  const loop: LoopState = {
    turn: {
      id: options.ids.next(),
      user: options.userText,
      steps: [],
      reply: '',
      status: 'streaming',
      startedAt: options.now(),
    },
    dialogueState: { ...latestState(options.conversation.turns) },
    streamed: { text: '' },
  };
  let reason: TurnEndReason;
  let cutOff = false;
  try {
    reason = yield* runSteps(options, loop);
  } catch (error) {
    if (error instanceof TurnAborted || options.signal?.aborted) {
      reason = 'aborted';
    } else {
      const message = error instanceof Error ? error.message : String(error);
      const open = closeOpenStep(loop.turn, loop.streamed.text, options.now(), message);
      yield { type: 'error', ...(open ? { step: open.index } : {}), kind: 'model-failed', message };
      reason = 'model-error';
      cutOff = error instanceof ChatModelError && error.kind === 'interrupted';
    }
  }
  settleTurn(loop.turn, reason, loop.dialogueState, loop.streamed.text, options.now());
  // A connection cut mid-reply is an interruption, not a model failure: what arrived is kept.
  if (cutOff) loop.turn.status = 'interrupted';
  yield { type: 'turn-end', reason, turn: loop.turn };
}

async function* runSteps(
  options: RunTurnOptions,
  loop: LoopState,
): AsyncGenerator<TurnEvent, TurnEndReason> {
  const { turn } = loop;
  const promptOptions = resolvePromptOptions({
    ...options.conversation.promptOptions,
    ...options.promptOptions,
  });
  const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
  const context: PromptContext = {
    profile: options.conversation.profile,
    // A store may already list the turn being generated; only finished turns are history.
    history: promptHistory(options.conversation.turns),
    current: turn,
    registry: options.tools,
    options: promptOptions,
    counter: options.tokenCounter ?? counterForModel(options.model),
    contextWindow: options.model.contextWindow,
  };
  const fit = measureMessageFit(context);
  if (!fit.fits) {
    const message = messageTooLongText(fit, options.userText.length);
    const at = options.now();
    turn.steps.push({
      index: 0,
      stage: 'action',
      prompt: [],
      raw: '',
      error: message,
      startedAt: at,
      endedAt: at,
    });
    yield { type: 'error', step: 0, kind: 'message-too-long', message };
    return 'model-error';
  }
  let stage: ModelStage = 'action';
  let repaired = false;
  let toolCalls = 0;

  for (;;) {
    if (options.signal?.aborted) throw new TurnAborted();
    const built = buildPrompt(stage, context);
    const step: AgentStep = {
      index: turn.steps.length,
      stage,
      prompt: built.messages,
      raw: '',
      startedAt: options.now(),
    };
    turn.steps.push(step);
    yield {
      type: 'model-request',
      step: step.index,
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
    loop.streamed = { text: '' };
    const result = yield* callModel(options.model, request, step, loop.streamed);
    step.raw = result.text;
    step.finishReason = result.finishReason;
    step.usage = result.usage;
    step.endedAt = options.now();
    yield {
      type: 'model-response',
      step: step.index,
      raw: result.text,
      finishReason: result.finishReason,
      usage: result.usage,
    };
    if (result.finishReason === 'abort' || options.signal?.aborted) {
      turn.reply = replyInProgress(result.text, stage);
      return 'aborted';
    }

    const parsed = parseModelOutput(result.text);
    if (parsed.thought) {
      step.thought = parsed.thought;
      yield { type: 'thought', step: step.index, text: parsed.thought };
    }
    if (parsed.kind === 'reply' && parsed.text.trim() !== '') {
      turn.reply = parsed.text.trim();
      yield { type: 'reply', text: turn.reply };
      return 'reply';
    }
    const call = parsed.kind === 'actions' ? parsed.calls[0] : undefined;
    if (!call) {
      step.error = parsed.kind === 'malformed' ? parsed.reason : `empty ${parsed.kind}`;
      yield { type: 'error', step: step.index, kind: 'malformed-output', message: step.error };
      if (!repaired) {
        repaired = true;
        stage = 'repair';
        continue;
      }
      turn.reply = FALLBACK_REPLY;
      yield { type: 'reply', text: turn.reply };
      return 'fallback';
    }
    if (toolCalls >= maxSteps) {
      step.error = `more than ${maxSteps} tool calls in one turn`;
      yield { type: 'error', step: step.index, kind: 'step-limit', message: step.error };
      turn.reply = STEP_LIMIT_REPLY;
      yield { type: 'reply', text: turn.reply };
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
