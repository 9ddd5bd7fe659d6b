import type { Conversation } from '../../core/conversation/conversation';
import { upsertSummary } from '../../core/conversation/conversation-summary';
import type { TransferFile } from '../store-dependencies';
import {
  buildExportDocument,
  exportJsonFile,
  exportMarkdownFile,
  fileSlug,
} from '../transfer/export-files';
import { parseImportOffThread } from '../transfer/parse-import-off-thread';
import { findConversation, type ChatRuntime } from './chat-runtime';

/** Export one conversation or everything, and import a file without touching existing data. */
export function createTransferActions(runtime: ChatRuntime) {
  const { api, services, repository } = runtime;

  async function listBookings() {
    try {
      return [...(await services.bookingWorld.listBookings())];
    } catch {
      return [...api.get().bookings.items];
    }
  }

  async function exportAll(): Promise<TransferFile> {
    await runtime.writes.flush();
    const { conversations, corruptIds } = await repository.loadAll();
    // What is on screen may be newer than storage (a full disk): export the newest copy.
    const newest = new Map(conversations.map((conversation) => [conversation.id, conversation]));
    const { active } = api.get().chat;
    if (active) newest.set(active.id, active);
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
      await listBookings(),
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
      const bookings = (await listBookings()).filter((booking) => booking.conversationId === id);
      const document = buildExportDocument([conversation], bookings, services.now());
      return exportJsonFile(document, fileSlug(conversation.title));
    },

    async importFile(text: string): Promise<{ ok: boolean; message: string }> {
      // Parsed in a worker: a 30 MB file must not freeze the page (docs/storage.md).
      const parsed = await parseImportOffThread(text, services.now());
      if (!parsed.ok) {
        runtime.notify.add('import', parsed.message);
        return parsed;
      }
      const taken = new Set([
        ...api.get().chat.summaries.map((summary) => summary.id),
        ...runtime.deletedIds,
        ...(await repository.loadSummaries()).summaries.map((summary) => summary.id),
        ...(await repository.deletedIds()),
      ]);
      const renamed: Conversation[] = parsed.conversations.map((conversation) => {
        const id = taken.has(conversation.id) ? services.ids.next() : conversation.id;
        taken.add(id);
        return { ...conversation, id };
      });
      let saved = 0;
      try {
        for (const conversation of renamed) {
          const outcome = await repository.save(conversation);
          if (outcome.status !== 'saved') continue;
          api.set((chat) => ({ summaries: upsertSummary(chat.summaries, outcome.summary) }));
          runtime.sync.announce({ type: 'conversation-changed', id: conversation.id });
          saved += 1;
        }
      } catch (error) {
        runtime.notify.storageError(error);
        const message = `Imported ${saved} of ${renamed.length} conversations before storage refused more.`;
        return { ok: false, message };
      }
      const bookingsNote =
        parsed.bookingCount > 0
          ? ` ${parsed.bookingCount} bookings in the file were not imported: bookings are only made through a confirmed booking.`
          : '';
      const message = `Imported ${saved} ${saved === 1 ? 'conversation' : 'conversations'}.${bookingsNote}`;
      runtime.notify.add('import', message);
      return { ok: true, message };
    },
  };
}
