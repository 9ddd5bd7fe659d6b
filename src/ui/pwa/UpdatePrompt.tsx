import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../app-store-context';

/**
 * Tells the user that a new version is waiting and lets them take it. Reloading mid-reply would
 * cut the reply off, so the button waits until no reply is being generated and says so.
 * Also shows, once, a quiet note when the app has become available offline.
 */
export function UpdatePrompt() {
  const update = useAppStore(
    useShallow(({ update }) => ({
      offlineReady: update.offlineReady,
      offlineNoteDismissed: update.offlineNoteDismissed,
      updateReady: update.updateReady,
      applying: update.applying,
      error: update.error,
      reloadPending: update.reloadPending,
      applyUpdate: update.applyUpdate,
      dismissOfflineNote: update.dismissOfflineNote,
    })),
  );
  const busy = useAppStore((state) => state.chat.busy);
  const reasonId = useId();
  const showOfflineNote = update.offlineReady && !update.offlineNoteDismissed;
  if (!update.updateReady && !showOfflineNote && !update.reloadPending) return null;
  const disabled = busy || update.applying;
  return (
    <div className="notices update-prompt">
      {update.reloadPending ? (
        <div role="status" className="notice info">
          <span>
            A new version has been installed. This page reloads into it when the current reply has
            finished.
          </span>
        </div>
      ) : (
        update.updateReady && (
          <div role="status" className="notice info">
            <span>A new version is ready.</span>{' '}
            <button
              type="button"
              disabled={disabled}
              aria-describedby={busy ? reasonId : undefined}
              onClick={() => void update.applyUpdate()}
            >
              {update.applying ? 'Updating…' : 'Reload to update'}
            </button>
            {busy && (
              <span id={reasonId} className="muted small">
                {' '}
                Available when the current reply has finished, so it is not cut off.
              </span>
            )}
            {update.error && <span className="small"> {update.error}</span>}
          </div>
        )
      )}
      {showOfflineNote && (
        <div role="status" className="notice info offline-ready muted small">
          <span>Ready to work offline.</span>
          <button
            type="button"
            aria-label="Dismiss: Ready to work offline"
            onClick={() => update.dismissOfflineNote()}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
