import { isDontCare, simplifyText } from './normalize-text';

const NAMED_TIMES: Readonly<Record<string, string>> = {
  noon: '12:00',
  midday: '12:00',
  lunch: '12:00',
  lunchtime: '12:00',
  'lunch time': '12:00',
  morning: '08:00',
  'the morning': '08:00',
  afternoon: '13:00',
  'the afternoon': '13:00',
  evening: '18:00',
  'the evening': '18:00',
  midnight: '00:00',
};

function clock(hours: number, minutes: number): string | undefined {
  if (!Number.isInteger(hours) || !Number.isInteger(minutes)) return undefined;
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function applyMeridiem(hours: number, meridiem: string | undefined): number {
  if (!meridiem) return hours;
  if (hours < 1 || hours > 12) return Number.NaN;
  const afternoon = meridiem.startsWith('p');
  if (hours === 12) return afternoon ? 12 : 0;
  return afternoon ? hours + 12 : hours;
}

/** "7pm" -> "19:00", "1715" -> "17:15", "7.30 pm" -> "19:30", "noon" -> "12:00". */
export function normalizeClockTime(raw: string): string | undefined {
  const text = simplifyText(raw)
    .replace(/^(at|around|about|by|after|before|from) /, '')
    .replace(/(o'clock|ish|hrs|hours)$/, '')
    .replace(/\.(?=\s*[ap]\.?m)/, ' ')
    .replace(/a\.m\.?|p\.m\.?/, (match) => match.replace(/\./g, ''))
    .trim();
  const named = NAMED_TIMES[text];
  if (named) return named;
  const relative = /^(half|quarter) (past|to) (\d{1,2})$/.exec(text);
  if (relative) {
    const [, amount = '', direction = '', hourText = ''] = relative;
    const offset = amount === 'half' ? 30 : 15;
    const hour = Number(hourText);
    // Nobody books "half past 3" in the night: small hours mean the afternoon.
    const base = hour >= 1 && hour <= 6 ? hour + 12 : hour;
    const total = direction === 'past' ? base * 60 + offset : base * 60 - offset;
    return clock(Math.floor(total / 60), total % 60);
  }
  const separated = /^(\d{1,2})(?:[:.h](\d{2}))?(?::\d{2})?\s*([ap]m)?$/.exec(text);
  if (separated) {
    const [, hours = '', minutes = '0', meridiem] = separated;
    return clock(applyMeridiem(Number(hours), meridiem), Number(minutes));
  }
  const compact = /^(\d{1,2})(\d{2})\s*([ap]m)?$/.exec(text);
  if (compact) {
    const [, hours = '', minutes = '', meridiem] = compact;
    return clock(applyMeridiem(Number(hours), meridiem), Number(minutes));
  }
  return undefined;
}

/** Search times may also be "dontcare" (no constraint). */
export function normalizeSearchTime(raw: string): string | undefined {
  return isDontCare(raw) ? 'dontcare' : normalizeClockTime(raw);
}
