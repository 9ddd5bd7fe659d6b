import { useState } from 'react';
import { useAppStore } from '../app-store-context';
import { downloadFile } from '../download-file';
import { Dialog } from '../layout/Dialog';

/**
 * Export everything and import a file. The store announces import results as notices and asks,
 * through `pendingImport`, what to do with conversations already here; only a failure to read
 * the file at all is reported here.
 */
export function TransferControls() {
  const exportAll = useAppStore((state) => state.chat.exportAll);
  const importFile = useAppStore((state) => state.chat.importFile);
  const [readError, setReadError] = useState<string | null>(null);

  return (
    <div className="transfer-controls">
      <button type="button" onClick={() => void exportAll().then(downloadFile)}>
        Export everything
      </button>
      <label className="file-input">
        Import
        <input
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (!file) return;
            setReadError(null);
            // The file itself goes to the store, which reads it off the main thread.
            void importFile(file)
              .catch((error: unknown) => setReadError(`Import failed: ${String(error)}`))
              .finally(() => {
                input.value = '';
              });
          }}
        />
      </label>
      {readError && (
        <div role="alert" className="notice error">
          <span>{readError}</span>
          <button
            type="button"
            aria-label="Dismiss import error"
            onClick={() => setReadError(null)}
          >
            ×
          </button>
        </div>
      )}
      <ImportQuestion />
    </div>
  );
}

/** Asked before anything is written: what to do with the conversations already here. */
function ImportQuestion() {
  const pending = useAppStore((state) => state.chat.pendingImport);
  const resolveImport = useAppStore((state) => state.chat.resolveImport);
  const alreadyHere = pending?.alreadyHere ?? 0;
  const them = alreadyHere === 1 ? 'it' : 'them';
  return (
    <Dialog
      open={pending !== null}
      // Escape, Close or the backdrop: nothing is imported.
      onClose={() => resolveImport('cancel')}
      title="Some conversations are already here"
    >
      {pending && (
        <>
          <p>
            {alreadyHere} of {pending.fileConversations}{' '}
            {pending.fileConversations === 1 ? 'conversation' : 'conversations'} in this file{' '}
            {alreadyHere === 1 ? 'is' : 'are'} already here. The others are imported either way.
          </p>
          <div className="import-choices">
            <button type="button" className="primary" onClick={() => resolveImport('skip')}>
              Skip {them}
            </button>
            <button type="button" onClick={() => resolveImport('replace')}>
              Replace {them}
            </button>
            <button type="button" onClick={() => resolveImport('cancel')}>
              Cancel
            </button>
          </div>
          <p className="muted small">
            Skip keeps the copies here as they are; Replace writes the file&apos;s copies over them;
            Cancel imports nothing.
          </p>
        </>
      )}
    </Dialog>
  );
}
