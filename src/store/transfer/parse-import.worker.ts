/// <reference lib="webworker" />
// Reads and checks an import file off the main thread: decoding a 30 MB file, JSON.parse and the
// zod schema over it took seconds, and the page could not paint or take input meanwhile.
import { splitParsedImport } from './import-pieces';
import { parseImportFile, readImportSource } from './parse-import';

self.addEventListener('message', (event: MessageEvent<{ source: string | Blob; now: number }>) => {
  const { source, now } = event.data;
  void readImportSource(source)
    .then((text) => (typeof text === 'string' ? parseImportFile(text, now) : text))
    // Whatever goes wrong here, the page gets an answer: a worker that stays silent would leave
    // the import waiting for ever.
    .catch((error: unknown) => ({
      ok: false as const,
      message: `Nothing was imported: the file could not be checked (${String(error)}).`,
    }))
    .then((parsed) => {
      for (const piece of splitParsedImport(parsed)) self.postMessage(piece);
    });
});
