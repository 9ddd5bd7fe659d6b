import { DONT_CARE } from '../world/vocabulary';

/** Lower case, single spaces, no surrounding quotes or trailing full stop. */
export function simplifyText(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/^["' ]+|["'. ]+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const DONT_CARE_PHRASES = new Set([
  'dontcare',
  'dont care',
  "don't care",
  'do not care',
  'any',
  'anything',
  'anywhere',
  'either',
  'no preference',
  'whatever',
  "doesn't matter",
  'doesnt matter',
  'not important',
]);

export function isDontCare(raw: string): boolean {
  return DONT_CARE_PHRASES.has(simplifyText(raw));
}

/**
 * Builds an enum normaliser from synonym lists: the result is the canonical value, "dontcare"
 * where the caller allows it, or undefined for something it does not recognise.
 */
export function synonymNormalizer(
  synonyms: Readonly<Record<string, readonly string[]>>,
  options: { allowDontCare: boolean },
): (raw: string) => string | undefined {
  const lookup = new Map<string, string>();
  for (const [canonical, words] of Object.entries(synonyms)) {
    lookup.set(canonical, canonical);
    for (const word of words) lookup.set(word, canonical);
  }
  return (raw) => {
    if (isDontCare(raw)) return options.allowDontCare ? DONT_CARE : undefined;
    return lookup.get(simplifyText(raw));
  };
}
