import { useId } from 'react';
import { useAppStore } from '../app-store-context';
import type { AppState } from '../../store/app-store';
import type { UpdateSlice } from '../../store/update/app-update-slice';

/**
 * Tells the user that a new version is waiting and lets them take it. Reloading mid-reply would
 * cut the reply off, so the button waits until no reply is being generated and says so.
 * Also shows, once, a quiet note when the app has become available offline.
 */
export function UpdatePrompt() {
  const update = useAppStore(selectUpdate);
  const busy = useAppStore((state) => state.chat.busy);
  const reasonId = useId();
  if (!update) return null;
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

/**
 * The update slice, or undefined in a store composed without it (component tests of other
 * areas build stores with only the slices they need).
 */
function selectUpdate(state: AppState): UpdateSlice | undefined {
  const value = (state as unknown as { update?: unknown }).update;
  return typeof value === 'object' && value !== null ? (value as UpdateSlice) : undefined;
}
