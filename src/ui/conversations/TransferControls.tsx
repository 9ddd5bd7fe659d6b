import { useState } from 'react';
import { useAppStore } from '../app-store-context';
import { downloadFile } from '../download-file';

/** Export everything and import a file; the result of an import is announced right here. */
export function TransferControls() {
  const exportAll = useAppStore((state) => state.chat.exportAll);
  const importFile = useAppStore((state) => state.chat.importFile);
  const [report, setReport] = useState<{ ok: boolean; message: string } | null>(null);

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
            void file
              .text()
              .then(importFile)
              .then(setReport, (error: unknown) =>
                setReport({ ok: false, message: `Import failed: ${String(error)}` }),
              )
              .finally(() => {
                input.value = '';
              });
          }}
        />
      </label>
      {report && (
        <div
          role={report.ok ? 'status' : 'alert'}
          className={report.ok ? 'notice' : 'notice error'}
        >
          <span>{report.message}</span>
          <button type="button" aria-label="Dismiss import result" onClick={() => setReport(null)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
