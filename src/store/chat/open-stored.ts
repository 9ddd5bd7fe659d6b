import type { Conversation } from '../../core/conversation/conversation';
import { loadStored, markInterrupted, type ChatRuntime } from './chat-runtime';

/**
 * The end of a long conversation read first, so that it shows at once: enough turns to fill a
 * screen, and fewer when their replies are long, since rendering them is the cost that counts.
 */
const PREVIEW_LIMIT = { turns: 12, characters: 12_000 };

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
  const preview = await runtime.repository.loadPreview(id, PREVIEW_LIMIT);
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
  // The turns the preview read are not read again, and the whole conversation holds those very
  // objects, so the turns on screen do not render again when the rest arrives. (Never a
  // placeholder: it could pass for a stored turn with no text.)
  const read = preview.conversation.turns.filter((turn) => !preview.unloadedTurnIds.has(turn.id));
  const opening = {
    id,
    conversation: loadStored(runtime, id, { ...preview.conversation, turns: read }),
  };
  runtime.opening = opening;
  return { rest: showWhole(runtime, opening, shown) };
}

async function showWhole(
  runtime: OpenRuntime,
  opening: NonNullable<ChatRuntime['opening']>,
  shown: Conversation,
): Promise<void> {
  const { api } = runtime;
  let whole: Conversation | undefined;
  try {
    whole = await opening.conversation;
  } catch (error) {
    runtime.notify.add('error', `That conversation could not be read: ${String(error)}`);
  }
  if (runtime.opening === opening) runtime.opening = null;
  if (api.get().chat.active !== shown) return;
  api.set(
    whole
      ? { active: whole, preview: null }
      : { activeId: null, active: null, preview: null, busy: false },
  );
}
