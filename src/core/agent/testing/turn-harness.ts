/** Runs turns and whole conversations through the real loop against the replay model. */
import { fixtureTools } from './fixture-tools';
import { runTurn, type RunTurnOptions } from '../run-turn';
import type { TurnEvent } from '../turn-events';
import type { Conversation, PromptProfileId, Turn } from '../../conversation/conversation';
import type { ToolDefinition } from '../../tools/tool-definition';
import { createToolRegistry, type ToolRegistry } from '../../tools/tool-registry';
import {
  createReplayChatModel,
  type ReplayChatModel,
  type ReplayChatModelOptions,
} from '../../model/replay-chat-model';
import type { TokenCounter } from '../../context/token-counter';
import type { PromptOptions } from '../../prompt/prompt-options';
import type { ScriptedTurn } from './scripted-conversations';

export function emptyConversation(profile: PromptProfileId = 'cra-exact'): Conversation {
  return { id: 'conversation-1', title: 'Test', createdAt: 0, updatedAt: 0, profile, turns: [] };
}

export function counterIds(prefix = 'id'): { next(): string } {
  let count = 0;
  return { next: () => `${prefix}-${++count}` };
}

export async function collect(events: AsyncIterable<TurnEvent>): Promise<TurnEvent[]> {
  const collected: TurnEvent[] = [];
  for await (const event of events) collected.push(event);
  return collected;
}

export function finishedTurn(events: readonly TurnEvent[]): { reason: string; turn: Turn } {
  const last = events[events.length - 1];
  if (last?.type !== 'turn-end') throw new Error('the last event is not turn-end');
  return { reason: last.reason, turn: last.turn };
}

export interface HarnessOptions extends Partial<Omit<RunTurnOptions, 'model' | 'tools'>> {
  outputs: readonly string[];
  tools?: readonly ToolDefinition[];
  model?: Partial<ReplayChatModelOptions>;
}

/** One turn against the scripted model and the fixture tools; returns events, turn and model. */
export async function runScriptedTurn(options: HarnessOptions) {
  const model = createReplayChatModel({ outputs: options.outputs, ...options.model });
  const { outputs: _outputs, tools, model: _model, ...rest } = options;
  const events = await collect(
    runTurn({
      conversation: emptyConversation(),
      userText: 'I want a cheap restaurant in the centre.',
      ids: counterIds(),
      now: () => 1000,
      ...rest,
      model,
      tools: createToolRegistry(tools ?? fixtureTools),
    }),
  );
  return { events, model, ...finishedTurn(events) };
}

export interface ScriptedConversationRun {
  conversation: Conversation;
  model: ReplayChatModel;
  /** Events of every turn, in order. */
  events: TurnEvent[];
}

/** Plays a whole scripted conversation through runTurn with one model (one engine state). */
export async function runScriptedConversation(options: {
  profile: PromptProfileId;
  script: readonly ScriptedTurn[];
  tools: ToolRegistry;
  promptOptions?: Partial<PromptOptions>;
  /** Given to the model for usage figures and offered to the core as exact counts. */
  tokenCounter?: TokenCounter;
  contextWindow?: number;
}): Promise<ScriptedConversationRun> {
  const model = createReplayChatModel({
    outputs: options.script.flatMap((turn) => turn.outputs),
    ...(options.tokenCounter ? { tokenCounter: options.tokenCounter } : {}),
    ...(options.contextWindow ? { contextWindow: options.contextWindow } : {}),
  });
  const conversation: Conversation = {
    id: `conversation-${options.profile}`,
    title: 'Scripted',
    createdAt: 0,
    updatedAt: 0,
    profile: options.profile,
    turns: [],
  };
  const events: TurnEvent[] = [];
  let id = 0;
  for (const scripted of options.script) {
    for await (const event of runTurn({
      conversation,
      userText: scripted.user,
      model,
      tools: options.tools,
      ids: { next: () => `id-${++id}` },
      now: () => id,
      confirm: () => Promise.resolve(true),
      ...(options.promptOptions ? { promptOptions: options.promptOptions } : {}),
    })) {
      events.push(event);
      if (event.type === 'turn-end') conversation.turns = [...conversation.turns, event.turn];
    }
  }
  return { conversation, model, events };
}
