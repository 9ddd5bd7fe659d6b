/** How figures read on the results page: shares as percentages, times in ms, counts as is. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)}`;
}

export function milliseconds(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

export function wholeNumber(value: number | null): string {
  return value === null ? '–' : Math.round(value).toLocaleString('en-GB');
}

export function describeSlots(slots: Record<string, string> | undefined): string {
  return Object.entries(slots ?? {})
    .map(([slot, value]) => `${slot}=${value}`)
    .join(', ');
}

export function describeStates(state: Record<string, Record<string, string>> | undefined): string {
  const parts = Object.entries(state ?? {}).map(
    ([domain, slots]) => `${domain}: ${describeSlots(slots)}`,
  );
  return parts.join('; ') || '(empty)';
}

export const describeCall = (call: { name: string; arguments: Record<string, unknown> }) =>
  `${call.name}(${Object.entries(call.arguments)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(', ')})`;

export const MODE_LABELS = {
  walkthroughs: 'walkthroughs',
  dialogue: 'dialogue level',
  'turn-level': 'turn level with gold history',
} as const;
