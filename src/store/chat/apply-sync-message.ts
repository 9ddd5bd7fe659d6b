import { upsertSummary } from '../../core/conversation/conversation-summary';
import type { ChatRuntime } from './chat-runtime';
import type { SyncMessage } from './tab-sync';

/** Another tab changed a record: reread that record and its summary, nothing else. */
export async function applySyncMessage(
  runtime: Pick<ChatRuntime, 'api' | 'repository' | 'running' | 'deletedIds'>,
  message: SyncMessage,
): Promise<void> {
  const { api, repository } = runtime;
  switch (message.type) {
    case 'conversation-deleted': {
      if (runtime.running?.conversationId === message.id) runtime.running.controller.abort();
      api.set((chat) => ({
        summaries: chat.summaries.filter((summary) => summary.id !== message.id),
        ...(chat.activeId === message.id ? { activeId: null, active: null, busy: false } : {}),
      }));
      return;
    }
    case 'conversation-changed': {
      // This tab's own running turn is newer than anything stored.
      if (runtime.running?.conversationId === message.id) return;
      runtime.deletedIds.delete(message.id);
      const summary = await repository.loadSummary(message.id);
      if (summary) api.set((chat) => ({ summaries: upsertSummary(chat.summaries, summary) }));
      if (api.get().chat.activeId !== message.id) return;
      const loaded = await repository.loadConversation(message.id);
      // The other tab may still be streaming this turn, so 'streaming' is shown as it is here.
      if (loaded.status === 'ok' && api.get().chat.activeId === message.id) {
        api.set({ active: loaded.conversation });
      }
      return;
    }
    case 'settings-changed':
      await api.get().settings.load();
      return;
    case 'bookings-changed':
      await api.get().bookings.refresh();
      return;
  }
}
