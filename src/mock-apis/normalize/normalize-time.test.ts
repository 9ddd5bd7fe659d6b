import { describe, expect, it } from 'vitest';
import { normalizeClockTime, normalizeSearchTime } from './normalize-time';

describe('normalizeClockTime', () => {
  it.each([
    ['7pm', '19:00'],
    ['7 PM', '19:00'],
    ['7:30pm', '19:30'],
    ['7.30 p.m.', '19:30'],
    ['1715', '17:15'],
    ['930', '09:30'],
    ['17:15', '17:15'],
    ['17.15', '17:15'],
    ['17:15:00', '17:15'],
    ['9', '09:00'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['noon', '12:00'],
    ['lunch', '12:00'],
    ['Lunchtime', '12:00'],
    ['morning', '08:00'],
    ['the afternoon', '13:00'],
    ['evening', '18:00'],
    ['at 6 p.m.', '18:00'],
    ['around 8pm', '20:00'],
    ['half past 7', '07:30'],
    ['half past 6', '18:30'],
    ['quarter to 8', '07:45'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeClockTime(raw)).toBe(expected);
  });

  it.each(['24:00', '25:10', '13pm', '0am', '7:75', 'seven', 'soon', '', 'dontcare'])(
    'rejects %s',
    (raw) => {
      expect(normalizeClockTime(raw)).toBeUndefined();
    },
  );

  it('is idempotent on its own output', () => {
    for (const raw of ['7pm', '1715', 'noon', '09:05']) {
      const once = normalizeClockTime(raw) ?? '';
      expect(normalizeClockTime(once)).toBe(once);
    }
  });
});

describe('normalizeSearchTime', () => {
  it('also accepts "no constraint" phrasings', () => {
    expect(normalizeSearchTime("don't care")).toBe('dontcare');
    expect(normalizeSearchTime('any')).toBe('dontcare');
    expect(normalizeSearchTime('5pm')).toBe('17:00');
  });
});
