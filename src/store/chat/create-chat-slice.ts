import { createConversationRepository } from '../../core/conversation/conversation-repository';
import { upsertSummary } from '../../core/conversation/conversation-summary';
import { initialChatState, type ChatApi, type ChatSlice } from './chat-slice';
import type { StoreServices } from '../store-dependencies';
import { applySyncMessage } from './apply-sync-message';
import { exclusiveUnder, findConversation, type ChatRuntime } from './chat-runtime';
import { createConversationActions } from './conversation-actions';
import { createImportActions } from './import-actions';
import { initializeChat } from './initialize-chat';
import { EXPORT_EVERYTHING, type Notifier } from './notifier';
import type { TabSync } from './tab-sync';
import { createTransferActions } from './transfer-actions';
import { runTurnSession } from './turn-session';
import { createVersionActions } from './version-actions';
import { createWriteQueue } from './write-queue';

export function createChatSlice(
  api: ChatApi,
  services: StoreServices,
  shared: { notify: Notifier; sync: TabSync },
): ChatSlice {
  const { locks } = services;
  // Two tabs saving one conversation take turns (read, merge, write); different ones never wait.
  const repository = createConversationRepository(services.keyValueStore, exclusiveUnder(locks));
  const runtime: ChatRuntime = {
    api,
    services,
    repository,
    notify: shared.notify,
    sync: shared.sync,
    running: null,
    opening: null,
    deletedIds: new Set(),
    writes: createWriteQueue(async (conversation) => {
      const outcome = await repository.save(conversation);
      if (outcome.status === 'deleted') {
        api.set((chat) => ({
          summaries: chat.summaries.filter((summary) => summary.id !== conversation.id),
        }));
        return;
      }
      // The stored copy may hold more than this tab's (another tab's turns, a newer title).
      api.set((chat) => ({ summaries: upsertSummary(chat.summaries, outcome.summary) }));
      shared.sync.announce({ type: 'conversation-changed', id: conversation.id });
    }, shared.notify.storageError),
  };
  shared.sync.subscribe((message) => void applySyncMessage(runtime, message));
  const conversations = createConversationActions(runtime);
  const transfer = createTransferActions(runtime);
  const imports = createImportActions(runtime);

  const versions = createVersionActions(runtime);

  return {
    ...initialChatState(),

    init: () => initializeChat(runtime),
    ...conversations,
    ...transfer,
    ...versions,
    ...imports,

    async send(text) {
      const userText = text.trim();
      if (userText.length === 0) return false;
      const activeId = api.get().chat.activeId ?? (await conversations.newConversation());
      const conversation = await findConversation(runtime, activeId);
      if (!conversation) return false;
      // The session refuses, with a notice, while another reply runs or no model is loaded.
      const accepted = runtime.running === null && api.get().engine.getChatModel() !== null;
      await runTurnSession(runtime, conversation, userText);
      return accepted;
    },
    stop() {
      runtime.running?.controller.abort();
    },
    resolveConfirmation(conversationId, confirmed) {
      const { running } = runtime;
      const { pendingConfirmation, activeId } = api.get().chat;
      if (
        !running ||
        running.conversationId !== conversationId ||
        pendingConfirmation?.conversationId !== conversationId ||
        activeId !== conversationId
      )
        return;
      running.gate.resolve(confirmed);
    },
    dismissNotice(id) {
      api.set((chat) => ({ notices: chat.notices.filter((notice) => notice.id !== id) }));
    },
    async noticeAction(id) {
      const notice = api.get().chat.notices.find((candidate) => candidate.id === id);
      if (notice?.actionLabel === EXPORT_EVERYTHING)
        services.deliverFile(await transfer.exportAll());
    },
  };
}
