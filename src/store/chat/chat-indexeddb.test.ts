import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../core/conversation/schema-migrations';
import { createIdbKeyValueStore } from '../../adapters/idb-keyval/idb-key-value-store';
import { createPlannedRunTurn } from '../testing/planned-run-turn';
import { buildTestStore } from '../testing/harness';

describe('the store over IndexedDB', () => {
  it('keeps conversations, settings and the schema version across a reload', async () => {
    const database = createIdbKeyValueStore('chat-reload-test');
    const lockNames: string[] = [];
    const locks = {
      request: async <T>(name: string, callback: () => Promise<T>) => {
        lockNames.push(name);
        return callback();
      },
    };
    const runTurn = createPlannedRunTurn(() => ({ replyChunks: ['Stored.'] })).runTurn;
    const first = buildTestStore({ sharedStore: database, runTurn, locks });
    await first.chat().init();
    await first.chat().send('Remember me');
    await first.store.getState().settings.setDefaultProfile('cra-chat');
    const id = first.chat().activeId ?? '';
    expect(lockNames).toContain(`coalm-web:conversation:${id}`);

    const second = buildTestStore({ sharedStore: createIdbKeyValueStore('chat-reload-test') });
    await second.chat().init();
    expect(second.chat().summaries).toMatchObject([{ id, title: 'Remember me', turnCount: 1 }]);
    await second.chat().openConversation(id);
    expect(second.chat().active?.turns[0]?.reply).toBe('Stored.');
    expect(second.store.getState().settings.defaultProfile).toBe('cra-chat');
    expect(await database.get('schema-version')).toBe(CURRENT_SCHEMA_VERSION);
  });
});
