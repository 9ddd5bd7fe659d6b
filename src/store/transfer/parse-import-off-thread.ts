import type { ParsedImport } from './parse-import';

/**
 * Runs parseImportFile in a module worker, one worker per import, closed when it answers. Where
 * there is no Worker (Node tests) or it cannot start, the same check runs here: the answer is
 * the same, only the thread differs.
 */
export async function parseImportOffThread(text: string, now: number): Promise<ParsedImport> {
  if (typeof Worker === 'undefined') return parseHere(text, now);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(text, now);
  }
  try {
    return await new Promise<ParsedImport>((resolve, reject) => {
      worker.addEventListener('message', (event: MessageEvent<ParsedImport>) =>
        resolve(event.data),
      );
      worker.addEventListener('error', (event) => reject(new Error(event.message)));
      worker.postMessage({ text, now });
    });
  } catch {
    // A worker that failed to load (an old cached build, a blocked script) must not block import.
    return parseHere(text, now);
  } finally {
    worker.terminate();
  }
}

async function parseHere(text: string, now: number): Promise<ParsedImport> {
  // The import checks (and zod behind them) load on first use: most visits never import.
  const { parseImportFile } = await import('./parse-import');
  return parseImportFile(text, now);
}
