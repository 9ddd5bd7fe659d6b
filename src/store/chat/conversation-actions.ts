import type { Conversation, PromptProfileId, WorldId } from '../../core/conversation/conversation';
import type { PromptOptions } from '../../core/prompt/prompt-options';
import { summarizeConversation, upsertSummary } from '../../core/conversation/conversation-summary';
import { isPreviewShown } from './chat-slice';
import { openStored } from './open-stored';
import {
  DEFAULT_TITLE,
  findConversation,
  markInterrupted,
  persist,
  type ChatRuntime,
} from './chat-runtime';

const TITLE_LIMIT = 200;

/** New, open, rename, delete (with undo) and profile changes. */
export function createConversationActions(runtime: ChatRuntime) {
  const { api, services } = runtime;
  let lastDeletedConversation: Conversation | null = null;

  function open(conversation: Conversation): void {
    api.set({
      activeId: conversation.id,
      active: conversation,
      preview: null,
      busy: runtime.running?.conversationId === conversation.id,
    });
  }

  async function update(id: string, change: (conversation: Conversation) => Conversation) {
    const conversation = await findConversation(runtime, id);
    if (!conversation) return;
    const changed = change(conversation);
    if (runtime.running?.conversationId === id) runtime.running.conversation = changed;
    if (api.get().chat.activeId === id) api.set({ active: changed });
    persist(runtime, changed);
    await runtime.writes.flush();
  }

  return {
    /**
     * Opens a draft: it is stored and listed from its first message on (see `persist`). `world`
     * fixes the world now (a walkthrough's); otherwise the first turn takes the setting's.
     */
    newConversation(profile?: PromptProfileId, world?: WorldId): Promise<string> {
      const now = services.now();
      const conversation: Conversation = {
        id: services.ids.next(),
        title: DEFAULT_TITLE,
        createdAt: now,
        updatedAt: now,
        metaUpdatedAt: now,
        profile: profile ?? api.get().settings.defaultProfile,
        turns: [],
        ...(world ? { world } : {}),
      };
      open(conversation);
      return Promise.resolve(conversation.id);
    },

    async openConversation(id: string): Promise<void> {
      const { chat } = api.get();
      if (runtime.running?.conversationId === id) open(runtime.running.conversation);
      else if (chat.active?.id === id && !isPreviewShown(chat)) open(chat.active);
      // Already opening here (its preview shows): the whole of it is on its way.
      else if (!(runtime.opening?.id === id && chat.active?.id === id))
        await (
          await openStored(runtime, id)
        ).rest;
    },

    renameConversation(id: string, title: string): Promise<void> {
      const cleaned = title.trim().replace(/\s+/g, ' ').slice(0, TITLE_LIMIT);
      if (cleaned.length === 0) return Promise.resolve();
      return update(id, (conversation) => ({
        ...conversation,
        title: cleaned,
        metaUpdatedAt: services.now(),
      }));
    },

    setProfile(profile: PromptProfileId): Promise<void> {
      const { activeId } = api.get().chat;
      if (activeId === null) return Promise.resolve();
      return update(activeId, (conversation) => ({
        ...conversation,
        profile,
        metaUpdatedAt: services.now(),
      }));
    },

    /** Prompt-format switches of the open conversation (A/B); later turns use them. */
    setPromptOptions(patch: Partial<PromptOptions>): Promise<void> {
      const { activeId } = api.get().chat;
      if (activeId === null) return Promise.resolve();
      return update(activeId, (conversation) => {
        const current = (conversation as { promptOptions?: Partial<PromptOptions> }).promptOptions;
        return {
          ...conversation,
          promptOptions: { ...current, ...patch },
          metaUpdatedAt: services.now(),
        } as Conversation;
      });
    },

    async deleteConversation(id: string): Promise<void> {
      const conversation = await findConversation(runtime, id);
      if (runtime.running?.conversationId === id) runtime.running.controller.abort();
      runtime.deletedIds.add(id);
      runtime.writes.discard(id);
      await runtime.writes.flush();
      lastDeletedConversation = conversation ?? null;
      api.set((chat) => ({
        summaries: chat.summaries.filter((summary) => summary.id !== id),
        lastDeleted: conversation ? { id, title: conversation.title } : null,
        ...(chat.activeId === id ? { activeId: null, active: null, busy: false } : {}),
      }));
      try {
        await runtime.repository.remove(id, services.now());
        runtime.sync.announce({ type: 'conversation-deleted', id });
      } catch (error) {
        runtime.notify.storageError(error);
      }
    },

    async undoDelete(): Promise<void> {
      const conversation = lastDeletedConversation;
      if (!conversation) return;
      lastDeletedConversation = null;
      runtime.deletedIds.delete(conversation.id);
      const restored = markInterrupted(conversation);
      api.set((chat) => ({
        lastDeleted: null,
        summaries: upsertSummary(chat.summaries, summarizeConversation(restored)),
      }));
      try {
        const outcome = await runtime.repository.restore(restored);
        if (outcome.status === 'saved') {
          runtime.sync.announce({ type: 'conversation-changed', id: restored.id });
        }
      } catch (error) {
        runtime.notify.storageError(error);
      }
    },
  };
}
