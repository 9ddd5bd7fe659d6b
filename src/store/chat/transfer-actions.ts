import type { TransferFile } from '../store-dependencies';
import {
  buildExportDocument,
  exportJsonFile,
  exportMarkdownFile,
  fileSlug,
} from '../transfer/export-files';
import { findConversation, listBookings, type ChatRuntime } from './chat-runtime';
import { isPreviewShown } from './chat-slice';

/** Export one conversation or everything (import is import-actions.ts). */
export function createTransferActions(runtime: ChatRuntime) {
  const { api, services, repository } = runtime;

  async function exportAll(): Promise<TransferFile> {
    await runtime.writes.flush();
    const { conversations, corruptIds } = await repository.loadAll();
    // What is on screen may be newer than storage (a full disk): export the newest copy.
    const newest = new Map(conversations.map((conversation) => [conversation.id, conversation]));
    const { chat } = api.get();
    if (chat.active && !isPreviewShown(chat)) newest.set(chat.active.id, chat.active);
    if (runtime.running) newest.set(runtime.running.conversationId, runtime.running.conversation);
    if (corruptIds.length > 0) {
      runtime.notify.add(
        'corrupt-records',
        `${corruptIds.length} damaged conversation records were left out of the export.`,
      );
    }
    // A draft, or an empty record an older version stored, is not a conversation to keep.
    const document = buildExportDocument(
      [...newest.values()].filter((conversation) => conversation.turns.length > 0),
      await listBookings(runtime),
      services.now(),
    );
    return exportJsonFile(document, 'coalm-export');
  }

  return {
    exportAll,

    async exportConversation(id: string, format: 'json' | 'markdown'): Promise<TransferFile> {
      const conversation = await findConversation(runtime, id);
      if (!conversation) throw new Error('That conversation could not be found.');
      if (format === 'markdown') return exportMarkdownFile(conversation, services.now());
      const bookings = (await listBookings(runtime)).filter(
        (booking) => booking.conversationId === id,
      );
      const document = buildExportDocument([conversation], bookings, services.now());
      return exportJsonFile(document, fileSlug(conversation.title));
    },
  };
}
