import type { Page } from '@playwright/test';
import type { Conversation, Turn } from '../../src/core/conversation/conversation';
import { headOf } from '../../src/core/conversation/conversation-record';
import { summarizeConversation } from '../../src/core/conversation/conversation-summary';
import { storageKeys } from '../../src/core/conversation/storage-keys';

function seededConversation(index: number, turns: number, now: number): Conversation {
  const id = `seed-${index}`;
  const turnList: Turn[] = Array.from({ length: turns }, (_, turnIndex) => ({
    id: `${id}-turn-${turnIndex}`,
    user: `I need a cheap restaurant in the centre, turn ${turnIndex}`,
    reply: `I found several options for turn ${turnIndex}. **fox pasta bar** is moderately priced.`,
    status: 'complete',
    startedAt: now - 1000,
    endedAt: now,
    state: { restaurant: { area: 'centre', pricerange: 'cheap' } },
    steps: [
      {
        index: 0,
        stage: 'action',
        prompt: [
          { role: 'user', content: 'User: I need a cheap restaurant in the centre. '.repeat(8) },
        ],
        raw: "Action: FindRestaurants(area='centre', price_range='cheap')",
        call: {
          id: `${id}-call-${turnIndex}`,
          name: 'FindRestaurants',
          arguments: { area: 'centre' },
        },
        observation: "{'count': 3, 'names': ['fox pasta bar', 'ember pasta bar']}",
        usage: { promptTokens: 900, prefilledTokens: 900, completionTokens: 20 },
        startedAt: now - 1000,
        endedAt: now - 500,
      },
    ],
  }));
  return {
    id,
    title: `Seeded conversation ${index}`,
    createdAt: now - index,
    updatedAt: now - index,
    profile: 'cra-exact',
    turns: turnList,
  };
}

/** The records the app would store for `conversation` (src/core/conversation/storage-keys.ts). */
function recordsOf(conversation: Conversation): [string, unknown][] {
  return [
    ...conversation.turns.map((turn): [string, unknown] => [
      storageKeys.turn(conversation.id, turn.id),
      turn,
    ]),
    [storageKeys.conversation(conversation.id), headOf(conversation)],
    [storageKeys.summary(conversation.id), summarizeConversation(conversation)],
  ];
}

/**
 * Writes `count` conversations of `turns` turns straight into the app's IndexedDB database, in
 * the layout the app itself writes (head, turns and summary, built by the app's own functions),
 * so the benchmark measures loading, not typing.
 */
export async function seedConversations(page: Page, count: number, turns: number): Promise<void> {
  const now = Date.now();
  const batch = Math.max(1, Math.floor(2_000 / (turns + 2)));
  for (let start = 0; start < count; start += batch) {
    const records = Array.from({ length: Math.min(batch, count - start) }, (_, offset) =>
      recordsOf(seededConversation(start + offset, turns, now)),
    ).flat();
    await page.evaluate(async (entries) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('coalm-web');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const transaction = database.transaction('records', 'readwrite');
      const store = transaction.objectStore('records');
      for (const [key, value] of entries) store.put(value, key);
      await new Promise<void>((resolve, reject) => {
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error);
      });
      database.close();
    }, records);
  }
}
