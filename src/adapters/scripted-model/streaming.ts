/** Generation ends before the first stop string, which is not part of the text (as in web-llm). */
export function applyStopSequences(text: string, stop: readonly string[]): string {
  let end = text.length;
  for (const sequence of stop) {
    if (sequence === '') continue;
    const index = text.indexOf(sequence);
    if (index !== -1 && index < end) end = index;
  }
  return text.slice(0, end);
}

export function splitIntoChunks(text: string, size: number): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += size)
    chunks.push(text.slice(start, start + size));
  return chunks;
}

/** Resolves after `ms`, or at once when the signal aborts; leaves no timer or listener behind. */
export function waitOrAbort(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', finish);
      resolve();
    };
    const timer = setTimeout(finish, ms);
    signal?.addEventListener('abort', finish, { once: true });
  });
}
