import type { SyncChannel } from '../store-dependencies';

export const SYNC_CHANNEL_NAME = 'coalm-web';

export type SyncMessage =
  /** `replaced`: written over by an import's "replace", so no turn here can be assumed current. */
  | { type: 'conversation-changed'; id: string; replaced?: true }
  | { type: 'conversation-deleted'; id: string }
  | { type: 'settings-changed' }
  | { type: 'bookings-changed' };

interface Envelope {
  source: string;
  message: SyncMessage;
}

/**
 * Tabs tell each other which record changed (never the record itself: it may be large and the
 * receiver reads the stored copy anyway). A tab ignores its own messages.
 */
let tabsInThisProcess = 0;

export function createTabSync(
  createChannel: ((name: string) => SyncChannel) | null,
  uniqueId: string,
) {
  // Unique even when tests give two stores the same id source.
  const tabId = `${uniqueId}#${++tabsInThisProcess}`;
  const channel = createChannel?.(SYNC_CHANNEL_NAME) ?? null;
  const listeners: ((message: SyncMessage) => void)[] = [];
  channel?.addEventListener('message', (event) => {
    const envelope = event.data as Partial<Envelope> | null;
    if (!envelope || envelope.source === tabId || !isSyncMessage(envelope.message)) return;
    for (const listener of listeners) listener(envelope.message);
  });
  return {
    announce(message: SyncMessage): void {
      channel?.postMessage({ source: tabId, message } satisfies Envelope);
    },
    subscribe(listener: (message: SyncMessage) => void): void {
      listeners.push(listener);
    },
    close(): void {
      channel?.close();
    },
  };
}

export type TabSync = ReturnType<typeof createTabSync>;

function isSyncMessage(value: unknown): value is SyncMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, id, replaced } = value as { type?: unknown; id?: unknown; replaced?: unknown };
  if (type === 'conversation-changed')
    return typeof id === 'string' && (replaced === undefined || replaced === true);
  if (type === 'conversation-deleted') return typeof id === 'string';
  return type === 'settings-changed' || type === 'bookings-changed';
}
