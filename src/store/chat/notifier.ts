import { StorageFullError } from '../../core/storage/key-value-store';
import type { ChatApi, Notice, NoticeKind } from './chat-slice';
import type { IdSource } from '../store-dependencies';

export const EXPORT_EVERYTHING = 'Export everything';

/** Adds notices to the chat slice; the same message is never stacked twice. */
export function createNotifier(api: ChatApi, ids: IdSource) {
  function add(kind: NoticeKind, message: string, actionLabel?: string): string {
    const existing = api
      .get()
      .chat.notices.find((notice) => notice.kind === kind && notice.message === message);
    if (existing) return existing.id;
    const notice: Notice = { id: ids.next(), kind, message };
    if (actionLabel !== undefined) notice.actionLabel = actionLabel;
    api.set((chat) => ({ notices: [...chat.notices, notice] }));
    return notice.id;
  }

  return {
    add,
    /** A failed write leaves the in-memory state as it is; the user learns what to do. */
    storageError(error: unknown): void {
      if (
        error instanceof StorageFullError ||
        (error as Error | null)?.name === 'StorageFullError'
      ) {
        add(
          'storage-full',
          'Storage is full: recent changes are kept in this tab but could not be saved. ' +
            'Export everything to keep a copy, then delete conversations you no longer need.',
          EXPORT_EVERYTHING,
        );
      } else {
        add('error', `Could not save: ${(error as Error | null)?.message ?? String(error)}`);
      }
    },
  };
}

export type Notifier = ReturnType<typeof createNotifier>;
