import type { TransferFile } from '../store/store-dependencies';

/**
 * Saves an export through a temporary object URL and a `download` link: no server involved. The
 * one download of the app: the UI's export buttons call it, and main.tsx hands it to the store
 * for the exports the store starts itself (the "Export everything" notice).
 */
export function downloadFile(file: TransferFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser reads the blob after click() returns, and revoking the URL before it has read it
  // cancels the download (seen in Firefox and Safari; a large export on a slow disk takes longer
  // than a second). Ten seconds is ample, and holding one small blob that long costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
