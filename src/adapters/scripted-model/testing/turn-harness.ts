import { fixtureTools } from '../../../core/agent/testing/fixture-tools';
import { runTurn, type RunTurnOptions } from '../../../core/agent/run-turn';
import type { TurnEvent } from '../../../core/agent/turn-events';
import type { Conversation, PromptProfileId, Turn } from '../../../core/conversation/conversation';
import type { ToolDefinition } from '../../../core/tools/tool-definition';
import { createToolRegistry } from '../../../core/tools/tool-registry';
import { createScriptedChatModel, type ScriptedChatModelOptions } from '../scripted-chat-model';

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
  model?: Partial<ScriptedChatModelOptions>;
}

/** One turn against the scripted model and the fixture tools; returns events, turn and model. */
export async function runScriptedTurn(options: HarnessOptions) {
  const model = createScriptedChatModel({ outputs: options.outputs, ...options.model });
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
