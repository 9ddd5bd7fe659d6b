import type { Conversation } from '../../core/conversation/conversation';
import type { BookingRecord, TransferFile } from '../store-dependencies';
import { conversationToMarkdown } from './conversation-markdown';

export const EXPORT_FORMAT = 'coalm-web-export';
export const EXPORT_VERSION = 1;

/** The versioned JSON the app writes and reads back. */
export interface ExportDocument {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** ISO 8601. */
  exportedAt: string;
  conversations: Conversation[];
  bookings: BookingRecord[];
}

export function buildExportDocument(
  conversations: readonly Conversation[],
  bookings: readonly BookingRecord[],
  exportedAt: number,
): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    conversations: [...conversations],
    bookings: [...bookings],
  };
}

export function exportJsonFile(document: ExportDocument, name: string): TransferFile {
  return {
    filename: `${name}-${document.exportedAt.slice(0, 10)}.json`,
    mimeType: 'application/json',
    text: JSON.stringify(document, null, 2),
  };
}

export function exportMarkdownFile(conversation: Conversation, exportedAt: number): TransferFile {
  return {
    filename: `${fileSlug(conversation.title)}-${new Date(exportedAt).toISOString().slice(0, 10)}.md`,
    mimeType: 'text/markdown',
    text: conversationToMarkdown(conversation),
  };
}

export function fileSlug(title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `coalm-${slug || 'conversation'}`;
}
