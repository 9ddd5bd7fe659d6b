/// <reference lib="webworker" />
// Reads and checks an import file off the main thread: decoding a 30 MB file, JSON.parse and the
// zod schema over it took seconds, and the page could not paint or take input meanwhile.
import { splitParsedImport } from './import-pieces';
import { parseImportFile, readImportSource } from './parse-import';

self.addEventListener('message', (event: MessageEvent<{ source: string | Blob; now: number }>) => {
  const { source, now } = event.data;
  void readImportSource(source).then((text) => {
    const parsed = typeof text === 'string' ? parseImportFile(text, now) : text;
    for (const piece of splitParsedImport(parsed)) self.postMessage(piece);
  });
});
