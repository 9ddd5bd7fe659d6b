import { useState } from 'react';
import { useAppStore } from '../app-store-context';
import { downloadFile } from '../download-file';

/**
 * Export everything and import a file. The store announces import results as notices; only a
 * failure to read the file at all is reported here.
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
            void file
              .text()
              .then(importFile)
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
    </div>
  );
}
