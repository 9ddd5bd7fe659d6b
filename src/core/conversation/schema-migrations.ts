import type { KeyValueStore } from '../storage/key-value-store';
import { createConversationRepository, type Exclusive } from './conversation-repository';
import { summarizeConversation, type ConversationSummary } from './conversation-summary';
import { decodeRecord, isConversation } from './record-shape';
import { CONVERSATION_PREFIX, storageKeys } from './storage-keys';

export const CURRENT_SCHEMA_VERSION = 4;

export interface Migration {
  from: number;
  to: number;
  description: string;
  /** `exclusive` is the per-conversation lock tabs save under (navigator.locks in the page). */
  run(store: KeyValueStore, exclusive?: Exclusive): Promise<void>;
}

/**
 * Schema 1 kept every summary ({id, title, updatedAt}) in one `conversation-index` record, which
 * every turn rewrote whole. Schema 2 gives each conversation its own `summary:<id>` record with
 * turnCount and searchText computed from the conversation itself.
 */
export const migrateIndexToSummaryKeys: Migration = {
  from: 1,
  to: 2,
  description: 'split conversation-index into summary:<id> records with turnCount and searchText',
  async run(store) {
    const index = decodeRecord(await store.get<unknown>(storageKeys.legacyConversationIndex));
    const ids = Array.isArray(index)
      ? index.flatMap((entry: unknown) =>
          typeof entry === 'object' &&
          entry !== null &&
          typeof (entry as { id?: unknown }).id === 'string'
            ? [(entry as { id: string }).id]
            : [],
        )
      : [];
    const records = await store.getMany<unknown>(ids.map(storageKeys.conversation));
    const summaries: [string, ConversationSummary][] = [];
    records.forEach((record) => {
      const conversation = decodeRecord(record);
      if (isConversation(conversation)) {
        summaries.push([storageKeys.summary(conversation.id), summarizeConversation(conversation)]);
      }
    });
    // Summaries and the new version land in one transaction; the old index goes only after.
    await store.setMany([...summaries, [storageKeys.schemaVersion, 2]]);
    await store.delete(storageKeys.legacyConversationIndex);
  },
};

/**
 * Schema 3 merges saves instead of replacing them (merge-conversation.ts): of two copies, the one
 * with the later `metaUpdatedAt` gives the title. Records from schema 2 have none, so each is
 * stamped with its `updatedAt` (the latest its title can have changed). Deletions from now on
 * leave `deleted:<id>` tombstones; schema 2 had none to convert.
 */
export const stampMetadataTimes: Migration = {
  from: 2,
  to: 3,
  description: 'stamp metaUpdatedAt on every conversation so that saves from two tabs merge',
  async run(store) {
    const keys = await store.keys(CONVERSATION_PREFIX);
    const records = await store.getMany<unknown>(keys);
    const stamped: [string, unknown][] = [];
    records.forEach((record, position) => {
      const conversation = decodeRecord(record);
      // Damaged records are left as they are, for the start-up check to report.
      if (isConversation(conversation) && conversation.metaUpdatedAt === undefined) {
        stamped.push([keys[position]!, { ...conversation, metaUpdatedAt: conversation.updatedAt }]);
      }
    });
    await store.setMany([...stamped, [storageKeys.schemaVersion, 3]]);
  },
};

/**
 * Schema 4 stores each turn as its own record beside a small head (conversation-record.ts), so
 * that opening a long conversation reads its end first and a save writes only what changed.
 * Each whole record is rewritten in that layout, one conversation at a time (a large one in
 * slices); a record already split merges to itself, so a migration cut short resumes.
 */
export const splitTurnsIntoRecords: Migration = {
  from: 3,
  to: 4,
  description: 'store each turn as its own record beside a small conversation head',
  async run(store, exclusive) {
    // Saved, not replaced: the save takes the conversation's lock, reads the record again and
    // merges, so a tab still running the old app (which saves under the same lock) or another
    // tab migrating at the same time loses nothing it wrote after this read.
    const repository = createConversationRepository(store, exclusive);
    const keys = await store.keys(CONVERSATION_PREFIX);
    for (const key of keys) {
      const conversation = decodeRecord(await store.get<unknown>(key));
      // Damaged records are left as they are, for the start-up check to report.
      if (isConversation(conversation) && key === storageKeys.conversation(conversation.id))
        await repository.save(conversation);
    }
  },
};

export const migrations: readonly Migration[] = [
  migrateIndexToSummaryKeys,
  stampMetadataTimes,
  splitTurnsIntoRecords,
];

export type MigrationOutcome =
  | { status: 'current'; version: number; applied: string[] }
  | { status: 'newer'; version: number; applied: [] };

/** Brings the store up to CURRENT_SCHEMA_VERSION, one migration at a time. */
export async function migrateSchema(
  store: KeyValueStore,
  available: readonly Migration[] = migrations,
  target = CURRENT_SCHEMA_VERSION,
  exclusive?: Exclusive,
): Promise<MigrationOutcome> {
  let version = await detectVersion(store, target);
  if (version > target) return { status: 'newer', version, applied: [] };
  const applied: string[] = [];
  while (version < target) {
    const migration = available.find((candidate) => candidate.from === version);
    if (!migration) throw new Error(`No migration from schema version ${version}.`);
    await migration.run(store, exclusive);
    await store.set(storageKeys.schemaVersion, migration.to);
    applied.push(migration.description);
    version = migration.to;
  }
  return { status: 'current', version, applied };
}

async function detectVersion(store: KeyValueStore, target: number): Promise<number> {
  const stored = await store.get<unknown>(storageKeys.schemaVersion);
  if (typeof stored === 'number' && Number.isInteger(stored)) return stored;
  // Schema 1 never wrote a version key; its tell is the single index record.
  if ((await store.get<unknown>(storageKeys.legacyConversationIndex)) !== undefined) return 1;
  // A fresh database (or one with only settings) starts at the current version.
  await store.set(storageKeys.schemaVersion, target);
  return target;
}
