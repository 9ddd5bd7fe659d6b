/** How figures read on the results page: shares as percentages, times in ms, counts as is. */
export function percent(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : `${(value * 100).toFixed(1)}`;
}

export function milliseconds(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
}

export function wholeNumber(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}

export function describeSlots(slots: Record<string, string> | undefined): string {
  return Object.entries(slots ?? {})
    .map(([slot, value]) => `${slot}=${value}`)
    .join(', ');
}
