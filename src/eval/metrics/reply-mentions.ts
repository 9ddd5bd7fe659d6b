/**
 * Reading replies the way MultiWOZ's scorer reads delexicalised ones: which venues a reply names
 * (in the order it names them) and whether it gives a requested attribute. Our replies carry real
 * values, so a value counts only as a whole token, and a bare number or yes/no only beside a word
 * that says what it is: "4 stars" gives the stars, "a table for 4 people" does not.
 */
import { slotName } from '../../core/state/dialogue-state';
import { normalizeValue } from '../normalize';

/** Words that name an attribute, for values that do not speak for themselves. */
const attributeLabels: Record<string, string[]> = {
  stars: ['star', 'stars', 'starred', 'rating'],
  parking: ['parking', 'park'],
  internet: ['internet', 'wifi', 'wi-fi'],
  price: ['price', 'costs', 'cost', 'fee', 'pounds', 'gbp'],
  entrancefee: ['entrance', 'fee', 'admission', 'pounds', 'free'],
  duration: ['minutes', 'journey', 'takes', 'duration'],
};

const LABEL_WINDOW = 4;

function tokens(text: string): string[] {
  return normalizeValue(text)
    .split(/[^a-z0-9:'&£.-]+/)
    .map((token) => token.replace(/^[.'-]+|[.'-]+$/g, ''))
    .filter(Boolean);
}

/** Where the whole-token sequence `needle` starts in `haystack`, or -1. */
function findTokens(haystack: readonly string[], needle: readonly string[], from = 0): number {
  if (needle.length === 0) return -1;
  for (let start = from; start + needle.length <= haystack.length; start += 1)
    if (needle.every((token, offset) => haystack[start + offset] === token)) return start;
  return -1;
}

/** Normalised keys of the `known` entities a reply names, first-named first. */
export function namedInReply(reply: string, known: readonly string[]): string[] {
  const words = tokens(reply);
  const text = normalizeValue(reply);
  // A cheap substring test first: a domain may hold thousands of keys (MultiWOZ's trains).
  return known
    .filter((key) => text.includes(key))
    .map((key) => ({ key, at: findTokens(words, tokens(key)) }))
    .filter((hit) => hit.at >= 0)
    .sort((left, right) => left.at - right.at || right.key.length - left.key.length)
    .map((hit) => hit.key);
}

function needsLabel(value: readonly string[]): boolean {
  return value.length === 1 && /^(\d{1,2}|yes|no|free)$/.test(value[0] ?? '');
}

/** True when the reply gives `attribute` with `value` (see the module comment for the rule). */
export function replyGives(reply: string, attribute: string, value: unknown): boolean {
  const needle = tokens(String(value ?? ''));
  if (needle.length === 0) return false;
  const words = tokens(reply);
  const labels = attributeLabels[slotName(attribute)] ?? [slotName(attribute)];
  for (let at = findTokens(words, needle); at >= 0; at = findTokens(words, needle, at + 1)) {
    if (!needsLabel(needle)) return true;
    const nearby = words.slice(Math.max(0, at - LABEL_WINDOW), at + needle.length + LABEL_WINDOW);
    if (nearby.some((word) => labels.some((label) => word.startsWith(label)))) return true;
  }
  return false;
}
