import { describe, expect, it } from 'vitest';
import { describeImport, type ImportCounts } from './describe-import';

const none: ImportCounts = {
  choice: 'skip',
  imported: 0,
  replaced: 0,
  skipped: 0,
  empty: 0,
  bookings: 0,
  bookingsHere: 0,
};

describe('describeImport', () => {
  it('says how many were imported, and what happened to the ones already here', () => {
    expect(describeImport({ ...none, imported: 1 })).toBe('Imported 1 conversation.');
    expect(describeImport({ ...none, imported: 2, skipped: 3 })).toBe(
      'Imported 2 conversations, skipped 3 already here.',
    );
    expect(describeImport({ ...none, choice: 'replace', imported: 0, replaced: 5 })).toBe(
      'Imported 0 conversations, replaced 5 already here.',
    );
    expect(describeImport({ ...none, choice: 'cancel', skipped: 3 })).toBe(
      'Import cancelled: nothing was written.',
    );
  });

  it('names empty conversations and bookings that were left out, and why', () => {
    expect(describeImport({ ...none, imported: 2, empty: 1, bookings: 3, bookingsHere: 2 })).toBe(
      'Imported 2 conversations. 1 empty conversation in the file was left out. ' +
        '3 bookings in the file were not imported (2 already here): bookings are only made ' +
        'through a confirmed booking.',
    );
  });

  it('says how far it got when storage refused', () => {
    expect(describeImport({ ...none, imported: 1, replaced: 1, refused: 4 })).toBe(
      'Imported 2 of 4 conversations before storage refused more.',
    );
  });
});
