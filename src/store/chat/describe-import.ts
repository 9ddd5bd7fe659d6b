import type { ImportChoice } from './chat-slice';

/** What an import did, counted as it went. */
export interface ImportCounts {
  choice: ImportChoice;
  /** New conversations written. */
  imported: number;
  /** Conversations already here, written over with the file's copy. */
  replaced: number;
  /** Conversations already here, left as they were. */
  skipped: number;
  /** Conversations in the file with no message (never imported). */
  empty: number;
  /** Bookings in the file, and how many of them are already here (same reference). */
  bookings: number;
  bookingsHere: number;
  /** Set when storage refused a write: how many the import meant to write. */
  refused?: number;
}

/** The one line the person reads after an import: what was written, what was not, and why. */
export function describeImport(counts: ImportCounts): string {
  if (counts.choice === 'cancel') return 'Import cancelled: nothing was written.';
  const written = counts.imported + counts.replaced;
  const head =
    counts.refused !== undefined
      ? `Imported ${written} of ${counts.refused} conversations before storage refused more.`
      : `Imported ${plural(counts.imported, 'conversation')}${alreadyHere(counts)}.`;
  const notes = [head];
  if (counts.empty > 0)
    notes.push(
      `${plural(counts.empty, 'empty conversation')} in the file ${was(counts.empty)} left out.`,
    );
  if (counts.bookings > 0) {
    const here = counts.bookingsHere > 0 ? ` (${counts.bookingsHere} already here)` : '';
    notes.push(
      `${plural(counts.bookings, 'booking')} in the file ${was(counts.bookings)} not imported${here}: ` +
        'bookings are only made through a confirmed booking.',
    );
  }
  return notes.join(' ');
}

function alreadyHere(counts: ImportCounts): string {
  if (counts.replaced > 0) return `, replaced ${counts.replaced} already here`;
  if (counts.skipped > 0) return `, skipped ${counts.skipped} already here`;
  return '';
}

function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

function was(count: number): string {
  return count === 1 ? 'was' : 'were';
}
