/** Pounds as the benchmark writes them: "23.60 pounds". */
export function formatPounds(amount: number): string {
  return `${amount.toFixed(2)} pounds`;
}

/** Rounds to whole pence, so 3 x 18.88 is 56.64 and not 56.63999. */
export function roundPounds(amount: number): number {
  return Math.round(amount * 100) / 100;
}
