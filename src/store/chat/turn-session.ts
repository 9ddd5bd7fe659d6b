import type { Conversation, Turn } from '../../core/conversation/conversation';
import { applyTurnEvent, startTurn, type TurnEvent } from '../../core/agent/turn-events';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { continuationParent, parentOf, showVersion } from '../../core/conversation/turn-tree';
import type { ToolDefinition } from '../../core/tools/tool-definition';
import type { RunTurnOptions } from '../store-dependencies';
import { DEFAULT_TITLE, persist, show, type ChatRuntime } from './chat-runtime';
import { createConfirmationGate } from './confirmation-gate';

/** Events after which the turn is worth saving: a step finished. Tokens never are. */
const STEP_BOUNDARIES = new Set<TurnEvent['type']>(['model-response', 'tool-result', 'turn-end']);

const TITLE_LENGTH = 60;

/**
 * Runs one turn on top of `base` (the conversation without it): streams events into the open
 * view, saves at step boundaries and at most every saveIntervalMs while text streams, and ends
 * with the finished turn stored. The turn continues the shown path, or, given `versionOf`, is a
 * new version of that turn (regenerate, edit): it follows the same parent and is shown in its
 * place, the old version kept.
 */
export async function runTurnSession(
  runtime: ChatRuntime,
  base: Conversation,
  userText: string,
  versionOf?: string,
): Promise<void> {
  const { api, services, notify } = runtime;
  const parentId = versionOf === undefined ? continuationParent(base) : parentOf(base, versionOf);
  if (versionOf !== undefined && parentId === undefined) return; // that turn is gone
  if (runtime.running) {
    notify.add('info', 'A reply is still being written: wait for it or stop it first.');
    return;
  }
  const model = api.get().engine.getChatModel();
  if (!model) {
    notify.add('engine', 'No model is loaded: load one from the model panel, then send again.');
    return;
  }
  // A conversation keeps the world of its first turn; the setting applies to new ones.
  const worldId = base.world ?? (base.turns.length === 0 ? api.get().settings.world : 'generated');
  const world = await api.get().settings.openWorld(worldId);
  if (!world) {
    notify.add(
      'error',
      `${api.get().settings.worldLoad?.message ?? 'The world could not be loaded.'} Nothing was sent.`,
    );
    return;
  }
  if (runtime.running) {
    // Another send started while the world loaded.
    notify.add('info', 'A reply is still being written: wait for it or stop it first.');
    return;
  }
  const { now, ids } = services;
  const controller = new AbortController();
  const gate = createConfirmationGate({
    conversationId: base.id,
    autoConfirm: () => api.get().settings.autoConfirm,
    show: (pendingConfirmation) => api.set({ pendingConfirmation }),
    signal: controller.signal,
  });
  const titled: Conversation =
    base.turns.length === 0 && base.title === DEFAULT_TITLE
      ? { ...base, title: titleFrom(userText), metaUpdatedAt: now() }
      : base;
  const history: Conversation = titled.world ? titled : { ...titled, world: worldId };
  // The id is fixed here, once: the loop starts its turn under it, so the element the screen
  // shows while streaming is the one it keeps when the turn completes.
  const placement = parentId !== undefined ? { parentId } : {};
  let turn: Turn = startTurn(
    { type: 'turn-start', id: ids.next(), user: userText, ...placement },
    now(),
  );
  let conversation = withTurn(history, turn, now());
  if (versionOf !== undefined) conversation = showVersion(conversation, turn.id, now());
  const running = { conversationId: base.id, controller, gate, conversation };
  runtime.running = running;
  show(runtime, conversation);
  persist(runtime, conversation); // so a reload mid-turn shows the turn as interrupted
  let lastSavedAt = now();
  let touchedBookings = false;

  try {
    const events = services.runTurn({
      conversation: history,
      userText,
      ...placement,
      turnId: turn.id,
      model,
      tools: createToolRegistry(gate.guard(world.tools)),
      ids,
      now,
      confirm: gate.confirm,
      signal: controller.signal,
      ...promptOptionsOf(history),
    });
    for await (const event of events) {
      turn = applyTurnEvent(turn, event, now());
      // The running copy also takes in a rename and other tabs' turns while this one runs.
      conversation = { ...withTurn(running.conversation, turn, now()), modelId: model.id };
      running.conversation = conversation;
      show(runtime, conversation);
      if (event.type === 'tool-call' && isBookingTool(world.tools, event.call.name))
        touchedBookings = true;
      if (event.type === 'error' && event.kind === 'model-failed') {
        notify.add('engine', `The model failed during this reply: ${event.message}`);
      }
      if (event.type === 'error' && event.kind === 'message-too-long')
        notify.add('error', event.message);
      if (STEP_BOUNDARIES.has(event.type) || now() - lastSavedAt >= services.saveIntervalMs) {
        persist(runtime, conversation);
        lastSavedAt = now();
      }
    }
  } catch (error) {
    if (!controller.signal.aborted) {
      notify.add('error', `The reply failed: ${(error as Error | null)?.message ?? String(error)}`);
    }
    turn = { ...turn, status: controller.signal.aborted ? 'aborted' : 'error', endedAt: now() };
  }
  if (turn.status === 'streaming') {
    turn = { ...turn, status: controller.signal.aborted ? 'aborted' : 'complete', endedAt: now() };
  }
  conversation = { ...withTurn(running.conversation, turn, now()), modelId: model.id };
  api.set({ pendingConfirmation: null });
  persist(runtime, conversation);
  // The turn counts as running until it is on disk: a tab closed the moment the reply looks
  // finished must not come back with it marked interrupted.
  try {
    await runtime.writes.flush();
  } finally {
    runtime.running = null;
    show(runtime, conversation);
  }
  if (touchedBookings) {
    await api.get().bookings.refresh();
    runtime.sync.announce({ type: 'bookings-changed' });
  }
}

/** The running copy with this turn as it stands now, in its place (or added at the end). */
function withTurn(latest: Conversation, turn: Turn, updatedAt: number): Conversation {
  const at = latest.turns.findIndex((candidate) => candidate.id === turn.id);
  const turns =
    at === -1 ? [...latest.turns, turn] : latest.turns.map((old, i) => (i === at ? turn : old));
  return { ...latest, turns, updatedAt };
}

/** The conversation's own prompt-format switches (A/B), when it has any. */
function promptOptionsOf(conversation: Conversation): Pick<RunTurnOptions, 'promptOptions'> {
  const { promptOptions } = conversation as { promptOptions?: RunTurnOptions['promptOptions'] };
  return promptOptions ? { promptOptions } : {};
}

function isBookingTool(tools: readonly ToolDefinition[], name: string): boolean {
  return tools.some((tool) => tool.name === name && tool.kind === 'booking');
}

function titleFrom(text: string): string {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length === 0) return DEFAULT_TITLE;
  return line.length <= TITLE_LENGTH ? line : `${line.slice(0, TITLE_LENGTH - 1)}…`;
}
