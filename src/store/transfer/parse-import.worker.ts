/// <reference lib="webworker" />
// Checks an import file off the main thread: JSON.parse and the zod schema over a 30 MB file
// took seconds, and the page could not paint or take input meanwhile.
import { parseImportFile } from './parse-import';

self.addEventListener('message', (event: MessageEvent<{ text: string; now: number }>) => {
  const { text, now } = event.data;
  self.postMessage(parseImportFile(text, now));
});
