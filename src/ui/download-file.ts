import type { TransferFile } from '../store/chat-slice';

/** Saves an export through a temporary object URL and a `download` link: no server involved. */
export function downloadFile(file: TransferFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a later tick is enough.
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
