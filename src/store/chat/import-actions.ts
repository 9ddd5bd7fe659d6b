import type { Conversation } from '../../core/conversation/conversation';
import { isListed, upsertSummary } from '../../core/conversation/conversation-summary';
import { parseImportOffThread } from '../transfer/parse-import-off-thread';
import type { ImportChoice, ImportResult } from './chat-slice';
import { listBookings, type ChatRuntime } from './chat-runtime';
import { describeImport, type ImportCounts } from './describe-import';

/**
 * Import: parse off the main thread, then sort the file's conversations into new ones and ones
 * already here (same id). When some are here the person chooses first (skip them, replace them,
 * or cancel), through `pendingImport` and `resolveImport`; nothing is written before that.
 */
export function createImportActions(runtime: ChatRuntime) {
  const { api, services, repository } = runtime;
  let decide: ((choice: ImportChoice) => void) | null = null;

  function resolveImport(choice: ImportChoice): void {
    const answer = decide;
    decide = null;
    api.set({ pendingImport: null });
    answer?.(choice);
  }

  function askAbout(fileConversations: number, alreadyHere: number): Promise<ImportChoice> {
    resolveImport('cancel'); // a second file replaces an unanswered question
    return new Promise<ImportChoice>((resolve) => {
      decide = resolve;
      api.set({ pendingImport: { fileConversations, alreadyHere } });
    });
  }

  /** Ids listed here (any conversation with a message), and ids deleted for good. */
  async function idsInUse(): Promise<{ present: Set<string>; deleted: Set<string> }> {
    const stored = (await repository.loadSummaries()).summaries.filter(isListed);
    const present = new Set([
      ...api.get().chat.summaries.map((summary) => summary.id),
      ...stored.map((summary) => summary.id),
    ]);
    const deleted = new Set([...runtime.deletedIds, ...(await repository.deletedIds())]);
    for (const id of deleted) present.delete(id);
    return { present, deleted };
  }

  async function write(conversation: Conversation, replace: boolean): Promise<boolean> {
    const outcome = replace
      ? await repository.replace(conversation)
      : await repository.save(conversation);
    if (outcome.status !== 'saved') return false;
    api.set((chat) => ({ summaries: upsertSummary(chat.summaries, outcome.summary) }));
    // A replaced conversation that is open here (and not mid-reply) shows the file's copy.
    const { activeId } = api.get().chat;
    if (replace && activeId === conversation.id && runtime.running?.conversationId !== activeId)
      api.set({ active: outcome.conversation });
    runtime.sync.announce({
      type: 'conversation-changed',
      id: conversation.id,
      ...(replace ? { replaced: true as const } : {}),
    });
    return true;
  }

  async function importFile(file: string | Blob): Promise<ImportResult> {
    // Read and parsed in a worker: a 30 MB file must not freeze the page (docs/storage.md).
    const parsed = await parseImportOffThread(file, services.now());
    if (!parsed.ok) {
      runtime.notify.add('import', parsed.message);
      return parsed;
    }
    // An empty conversation is a draft that was never sent: nothing to keep.
    const withTurns = parsed.conversations.filter((conversation) => conversation.turns.length);
    const { present, deleted } = await idsInUse();
    const seen = new Set<string>();
    const fresh: Conversation[] = [];
    const here: Conversation[] = [];
    for (const conversation of withTurns) {
      // A deleted id stays deleted, and a file naming one id twice keeps both: new ids.
      if (deleted.has(conversation.id) || seen.has(conversation.id)) {
        fresh.push({ ...conversation, id: services.ids.next() });
      } else if (present.has(conversation.id)) here.push(conversation);
      else fresh.push(conversation);
      seen.add(conversation.id);
    }
    const choice = here.length > 0 ? await askAbout(withTurns.length, here.length) : 'skip';
    const references = new Set((await listBookings(runtime)).map((booking) => booking.reference));
    const counts: ImportCounts = {
      choice,
      imported: 0,
      replaced: 0,
      skipped: choice === 'skip' ? here.length : 0,
      empty: parsed.conversations.length - withTurns.length,
      bookings: parsed.bookingReferences.length,
      bookingsHere: parsed.bookingReferences.filter((reference) => references.has(reference))
        .length,
    };
    if (choice === 'cancel') return report(counts, true);
    const queue = [...fresh, ...(choice === 'replace' ? here : [])];
    try {
      for (const conversation of queue) {
        const replacing = choice === 'replace' && present.has(conversation.id);
        if (!(await write(conversation, replacing))) continue;
        if (replacing) counts.replaced += 1;
        else counts.imported += 1;
      }
    } catch (error) {
      runtime.notify.storageError(error);
      return report({ ...counts, refused: queue.length }, false);
    }
    return report(counts, true);
  }

  function report(counts: ImportCounts, ok: boolean): ImportResult {
    const message = describeImport(counts);
    runtime.notify.add('import', message);
    return { ok, message };
  }

  return { importFile, resolveImport };
}
