import type { Conversation } from '../../core/conversation/conversation';
import { isConversation } from '../../core/conversation/record-shape';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-files';
import { findHostileStructure, importLimits } from './import-limits';
import { createImportFileSchema } from './import-schema';

export type ParsedImport =
  | {
      ok: true;
      conversations: Conversation[];
      /** The references of the file's bookings (they are reported, never imported). */
      bookingReferences: string[];
    }
  | { ok: false; message: string };

/**
 * The text of a file to import. A file is decoded where this runs (the import worker), since
 * decoding 30 MB of UTF-8 holds a thread for a tenth of a second; a file that cannot be read
 * becomes a refusal that says so.
 */
export async function readImportSource(source: string | Blob): Promise<string | ParsedImport> {
  if (typeof source === 'string') return source;
  try {
    return await source.text();
  } catch (error) {
    return {
      ok: false,
      message: `Nothing was imported: the file could not be read (${String(error)}).`,
    };
  }
}

/**
 * Checks an import file from the outside world at the moment `now`; never throws, explains every
 * refusal. Everything it accepts exports again (round-trip.property.test.ts).
 */
export function parseImportFile(text: string, now: number): ParsedImport {
  const refuse = (reason: string): ParsedImport => ({
    ok: false,
    message: `Nothing was imported: ${reason}`,
  });
  if (text.length > importLimits.fileCharacters) {
    return refuse(
      `the file is larger than ${importLimits.fileCharacters / 1_000_000} million characters.`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse('the file is not valid JSON.');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return refuse(`the file is not a ${EXPORT_FORMAT} file.`);
  }
  const { format, version } = data as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) return refuse(`the file is not a ${EXPORT_FORMAT} file.`);
  if (version !== EXPORT_VERSION) {
    return refuse(
      `export version ${String(version)} is not supported (this app reads version ${EXPORT_VERSION}).`,
    );
  }
  const hostile = findHostileStructure(data);
  if (hostile) return refuse(`the file contains ${hostile}.`);
  const parsed = createImportFileSchema(now).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return refuse(
      `the file does not have the expected shape${where} (${issue?.message ?? 'invalid'}).`,
    );
  }
  // The zod output allows `undefined` where the app's types omit the key; JSON never has
  // undefined, so the guard below is only a second look at the same data.
  const conversations = parsed.data.conversations as unknown[];
  if (!conversations.every(isConversation)) return refuse('a conversation has the wrong shape.');
  const bookingReferences = parsed.data.bookings.map((booking) => booking.reference);
  return { ok: true, conversations, bookingReferences };
}
