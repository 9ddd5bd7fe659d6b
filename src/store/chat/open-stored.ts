import type { Conversation } from '../../core/conversation/conversation';
import { loadStored, markInterrupted, type ChatRuntime } from './chat-runtime';
import type { ConversationPreview } from './chat-slice';

/** Turns of the end of a long conversation read first, so that it shows at once. */
const PREVIEW_TURNS = 12;

type OpenRuntime = Pick<ChatRuntime, 'api' | 'running' | 'repository' | 'notify' | 'opening'>;

/**
 * Opens a stored conversation: its last turns show first (the rest as placeholders), then the
 * whole of it replaces them, unless something newer was shown meanwhile. Resolves once the
 * preview shows, with `rest`, which resolves once the whole does (start-up waits for the first
 * only; opening from the list, for both).
 */
export async function openStored(
  runtime: OpenRuntime,
  id: string,
): Promise<{ rest: Promise<void> }> {
  const { api } = runtime;
  const done = { rest: Promise.resolve() };
  const preview = await runtime.repository.loadPreview(id, PREVIEW_TURNS);
  if (preview.status !== 'ok') {
    if (preview.status === 'corrupt') await loadStored(runtime, id); // says so, once
    return done;
  }
  const busy = runtime.running?.conversationId === id;
  const shown = markInterrupted(preview.conversation);
  if (preview.unloadedTurnIds.size === 0) {
    api.set({ activeId: id, active: shown, preview: null, busy });
    return done;
  }
  api.set({
    activeId: id,
    active: shown,
    preview: { conversation: shown, unloadedTurnIds: preview.unloadedTurnIds },
    busy,
  });
  const opening = { id, conversation: loadStored(runtime, id) };
  runtime.opening = opening;
  return {
    rest: showWhole(runtime, opening, {
      conversation: shown,
      unloadedTurnIds: preview.unloadedTurnIds,
    }),
  };
}

async function showWhole(
  runtime: OpenRuntime,
  opening: NonNullable<ChatRuntime['opening']>,
  shown: ConversationPreview,
): Promise<void> {
  const { api } = runtime;
  let whole: Conversation | undefined;
  try {
    whole = await opening.conversation;
  } catch (error) {
    runtime.notify.add('error', `That conversation could not be read: ${String(error)}`);
  }
  if (runtime.opening === opening) runtime.opening = null;
  if (api.get().chat.active !== shown.conversation) return;
  api.set(
    whole
      ? { active: keepShownTurns(whole, shown), preview: null }
      : { activeId: null, active: null, preview: null, busy: false },
  );
}

/**
 * The whole conversation, reusing the turn objects the preview already showed where they are
 * the same, so the turns on screen do not render again when the rest arrives.
 */
function keepShownTurns(whole: Conversation, preview: ConversationPreview): Conversation {
  // Only turns the preview read: a placeholder can look like a real turn with no text.
  const shown = new Map(
    preview.conversation.turns
      .filter((turn) => !preview.unloadedTurnIds.has(turn.id))
      .map((turn) => [turn.id, turn]),
  );
  return {
    ...whole,
    turns: whole.turns.map((turn) => {
      const same = shown.get(turn.id);
      return same &&
        same.status === turn.status &&
        same.steps.length === turn.steps.length &&
        same.user === turn.user &&
        same.reply === turn.reply
        ? same
        : turn;
    }),
  };
}
