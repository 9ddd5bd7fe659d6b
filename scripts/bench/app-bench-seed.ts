import type { Page } from '@playwright/test';

/**
 * Writes `count` conversations of `turns` turns straight into the app's IndexedDB database
 * (the layout of src/core/conversation/storage-keys.ts: one record per conversation and one
 * summary per conversation), so the benchmark measures loading, not typing.
 */
export async function seedConversations(page: Page, count: number, turns: number): Promise<void> {
  await page.evaluate(
    async ({ count, turns }) => {
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('coalm-web');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const now = Date.now();
      const batch = 50;
      for (let start = 0; start < count; start += batch) {
        const transaction = database.transaction('records', 'readwrite');
        const records = transaction.objectStore('records');
        for (let index = start; index < Math.min(count, start + batch); index += 1) {
          const id = `seed-${index}`;
          const title = `Seeded conversation ${index}`;
          const turnList = Array.from({ length: turns }, (_, turnIndex) => ({
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
                  {
                    role: 'user',
                    content: 'User: I need a cheap restaurant in the centre. '.repeat(8),
                  },
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
          records.put(
            {
              id,
              title,
              createdAt: now - index,
              updatedAt: now - index,
              profile: 'cra-exact',
              turns: turnList,
            },
            `conversation:${id}`,
          );
          const searchText = [title, ...turnList.map((turn) => turn.user)]
            .join('\n')
            .toLowerCase()
            .slice(0, 4000);
          records.put(
            { id, title, updatedAt: now - index, turnCount: turns, searchText },
            `summary:${id}`,
          );
        }
        await new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
      }
      database.close();
    },
    { count, turns },
  );
}
