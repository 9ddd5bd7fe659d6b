import { createImportAssembler, type ImportPiece } from './import-pieces';
import type { ParsedImport } from './parse-import';

/**
 * Runs parseImportFile in a module worker, one worker per import, closed when it answers (in
 * pieces, import-pieces.ts). Where
 * there is no Worker (Node tests) or it cannot start, the same check runs here: the answer is
 * the same, only the thread differs.
 */
export async function parseImportOffThread(
  source: string | Blob,
  now: number,
): Promise<ParsedImport> {
  if (typeof Worker === 'undefined') return parseHere(source, now);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./parse-import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return parseHere(source, now);
  }
  try {
    return await new Promise<ParsedImport>((resolve, reject) => {
      const assembler = createImportAssembler();
      worker.addEventListener('message', (event: MessageEvent<ImportPiece>) => {
        const parsed = assembler.add(event.data);
        if (parsed) resolve(parsed);
      });
      worker.addEventListener('error', (event) => reject(new Error(event.message)));
      // A piece that cannot be decoded here: check the file on this thread instead.
      worker.addEventListener('messageerror', () => reject(new Error('unreadable answer')));
      // A File crosses as a handle: the worker decodes it, not the page.
      worker.postMessage({ source, now });
    });
  } catch {
    // A worker that failed to load (an old cached build, a blocked script) must not block import.
    return parseHere(source, now);
  } finally {
    worker.terminate();
  }
}

async function parseHere(source: string | Blob, now: number): Promise<ParsedImport> {
  // The import checks (and zod behind them) load on first use: most visits never import.
  const { parseImportFile, readImportSource } = await import('./parse-import');
  const text = await readImportSource(source);
  return typeof text === 'string' ? parseImportFile(text, now) : text;
}
