import {
  CURRENT_SCHEMA_VERSION,
  migrateSchema,
  migrations,
} from '../../core/conversation/schema-migrations';
import { sortSummaries } from '../../core/conversation/conversation-summary';
import { exclusiveUnder, type ChatRuntime } from './chat-runtime';
import { openStored } from './open-stored';

/**
 * Start-up: migrate the schema, then read the small summaries (a thousand stored conversations
 * cost one getMany of summary records) and only the latest conversation; others open lazily.
 */
type InitRuntime = Pick<
  ChatRuntime,
  'api' | 'notify' | 'repository' | 'services' | 'running' | 'opening'
>;

export async function initializeChat(runtime: InitRuntime): Promise<void> {
  try {
    await loadStoredState(runtime);
  } catch (error) {
    // No IndexedDB (some private modes) or a broken database: the app still works, unsaved.
    runtime.notify.add(
      'error',
      `Stored conversations could not be read, so this session will not be saved: ${messageOf(error)}`,
    );
  }
  runtime.api.set({ ready: true });
}

async function loadStoredState(runtime: InitRuntime): Promise<void> {
  const { api, notify, repository } = runtime;
  try {
    const { keyValueStore, locks } = runtime.services;
    const outcome = await migrateSchema(
      keyValueStore,
      migrations,
      CURRENT_SCHEMA_VERSION,
      exclusiveUnder(locks),
    );
    if (outcome.status === 'newer') {
      notify.add(
        'error',
        `This data was saved by a newer version of the app (schema ${outcome.version}): reload to update.`,
      );
    } else if (outcome.applied.length > 0) {
      notify.add('info', `Stored data was upgraded to schema version ${outcome.version}.`);
    }
  } catch (error) {
    if ((error as Error | null)?.name === 'StorageFullError') notify.storageError(error);
    else notify.add('error', `Stored data could not be upgraded: ${messageOf(error)}`);
  }
  await Promise.all([api.get().settings.load(), api.get().bookings.refresh()]);
  const { summaries, corruptIds } = await repository.loadSummaries();
  if (corruptIds.length > 0) {
    notify.add(
      'corrupt-records',
      `${corruptIds.length} damaged ${corruptIds.length === 1 ? 'conversation was' : 'conversations were'} skipped; the rest loaded.`,
    );
  }
  const sorted = sortSummaries(summaries);
  api.set({ summaries: sorted });
  // Come back to where the user was: the most recently changed conversation. The app is ready
  // once its end shows; the rest of a long one follows (a message sent meanwhile waits for it).
  const latest = sorted[0];
  if (api.get().chat.activeId === null && latest) await openStored(runtime, latest.id);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
