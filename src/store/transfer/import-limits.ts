/** Bounds on an import file, so a hostile or broken file cannot exhaust memory or storage. */
export const importLimits = {
  fileCharacters: 50_000_000,
  conversations: 5_000,
  bookings: 20_000,
  turnsPerConversation: 2_000,
  stepsPerTurn: 50,
  messagesPerPrompt: 200,
  titleCharacters: 500,
  textCharacters: 200_000,
  idCharacters: 200,
  nestingDepth: 32,
} as const;

/** Keys that could reach Object.prototype once the data is copied or merged anywhere. */
export const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The first forbidden key anywhere in a parsed value, or the nesting that is too deep. */
export function findHostileStructure(value: unknown, depth = 0): string | undefined {
  if (depth > importLimits.nestingDepth)
    return `data nested deeper than ${importLimits.nestingDepth} levels`;
  if (typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findHostileStructure(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) return `a forbidden key "${key}"`;
    const found = findHostileStructure((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
