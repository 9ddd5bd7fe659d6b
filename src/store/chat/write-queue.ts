import type { Conversation } from '../../core/conversation/conversation';

/**
 * Serialises conversation saves and coalesces them: while one write is in flight, later
 * snapshots of the same conversation replace each other, so a burst of step boundaries costs at
 * most one extra write. Failures go to `onError` and never reject into the turn loop.
 */
export function createWriteQueue(
  save: (conversation: Conversation) => Promise<void>,
  onError: (error: unknown) => void,
) {
  const pending = new Map<string, Conversation>();
  let draining: Promise<void> | null = null;

  async function drain(): Promise<void> {
    for (let next = pending.entries().next(); !next.done; next = pending.entries().next()) {
      const [id, conversation] = next.value;
      pending.delete(id);
      try {
        await save(conversation);
      } catch (error) {
        onError(error);
      }
    }
    draining = null;
  }

  return {
    schedule(conversation: Conversation): void {
      pending.set(conversation.id, conversation);
      draining ??= drain();
    },
    /** Drops a queued snapshot (the conversation was deleted). */
    discard(id: string): void {
      pending.delete(id);
    },
    /** Resolves once everything scheduled so far is written (or has failed). */
    async flush(): Promise<void> {
      while (draining) await draining;
    },
  };
}

export type WriteQueue = ReturnType<typeof createWriteQueue>;
