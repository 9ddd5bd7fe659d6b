import { runTurn } from '../../../core/agent/run-turn';
import type { ScriptedTurn } from '../../../core/agent/testing/scripted-conversations';
import type { TurnEvent } from '../../../core/agent/turn-events';
import type { TokenCounter } from '../../../core/context/token-counter';
import type { Conversation, PromptProfileId } from '../../../core/conversation/conversation';
import type { PromptOptions } from '../../../core/prompt/prompt-options';
import type { ToolRegistry } from '../../../core/tools/tool-registry';
import { createScriptedChatModel, type ScriptedChatModel } from '../scripted-chat-model';

export interface ScriptedConversationRun {
  conversation: Conversation;
  model: ScriptedChatModel;
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
  const model = createScriptedChatModel({
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
