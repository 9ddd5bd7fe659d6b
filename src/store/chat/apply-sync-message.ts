import { upsertSummary } from '../../core/conversation/conversation-summary';
import { mergeConversations } from '../../core/conversation/merge-conversation';
import { show, type ChatRuntime } from './chat-runtime';
import { isPreviewShown } from './chat-slice';
import type { SyncMessage } from './tab-sync';

/** Another tab changed a record: reread that record and its summary, nothing else. */
export async function applySyncMessage(
  runtime: Pick<ChatRuntime, 'api' | 'repository' | 'running' | 'deletedIds' | 'notify'>,
  message: SyncMessage,
): Promise<void> {
  const { api, repository } = runtime;
  switch (message.type) {
    case 'conversation-deleted': {
      // A delete wins: the reply running here stops, and its last save finds the tombstone.
      if (runtime.running?.conversationId === message.id) {
        runtime.deletedIds.add(message.id);
        runtime.running.controller.abort();
        runtime.notify.add(
          'info',
          'This conversation was deleted in another tab, so its reply here was stopped.',
        );
      }
      api.set((chat) => ({
        summaries: chat.summaries.filter((summary) => summary.id !== message.id),
        ...(chat.activeId === message.id ? { activeId: null, active: null, busy: false } : {}),
      }));
      return;
    }
    case 'conversation-changed': {
      runtime.deletedIds.delete(message.id);
      const summary = await repository.loadSummary(message.id);
      if (summary) api.set((chat) => ({ summaries: upsertSummary(chat.summaries, summary) }));
      const running = runtime.running?.conversationId === message.id ? runtime.running : null;
      const { chat } = api.get();
      if (chat.activeId !== message.id && !running) return;
      // Only what changed is read: this tab's whole copy stands in for the turns it already has
      // as stored (never a preview's placeholders, and nothing after a replace, which may change
      // a turn without changing how far it got).
      const known = message.replaced
        ? undefined
        : (running?.conversation ??
          (chat.active?.id === message.id && !isPreviewShown(chat) ? chat.active : undefined));
      const loaded = await repository.loadConversation(message.id, known);
      if (running) {
        // Take in the other tab's turns and metadata; this tab's own turn stays its newest copy.
        if (loaded.status === 'ok' && runtime.running === running) {
          running.conversation = mergeConversations(loaded.conversation, running.conversation);
          show(runtime, running.conversation);
        }
        return;
      }
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
