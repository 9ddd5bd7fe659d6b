import { useShallow } from 'zustand/react/shallow';
import { loadProgressView } from '../../store/engine/engine-view';
import { useAppStore } from '../app-store-context';
import './engine.css';

/** One line at the top of the chat: what answers, and the action an error calls for. */
export function EngineBanner() {
  const status = useAppStore((state) => state.engine.status);
  const label = useAppStore((state) => state.engine.label);
  const progress = useAppStore(useShallow((state) => loadProgressView(state.engine)));
  return (
    <div
      className={`engine-banner engine-banner-${status}`}
      role={status === 'error' ? 'alert' : 'status'}
      aria-label="Engine"
      data-engine-status={status}
    >
      <span>
        {label}
        {progress?.short ? ` ${progress.short}` : ''}
      </span>{' '}
      <EngineErrorActions />
    </div>
  );
}

/** The buttons an engine failure calls for: retry, reload, take over, or a smaller model. */
function EngineErrorActions() {
  const error = useAppStore((state) =>
    state.engine.status === 'error' ? state.engine.error : null,
  );
  const retry = useAppStore((state) => state.engine.retry);
  const takeOverLock = useAppStore((state) => state.engine.takeOverLock);
  const loadModel = useAppStore((state) => state.engine.loadModel);
  if (!error) return null;
  const suggestion = error.suggestion;
  return (
    <span className="engine-error-actions">
      {error.canRetry && (
        <button type="button" onClick={() => void retry()}>
          Retry
        </button>
      )}
      {error.canReload && (
        <button type="button" onClick={() => void retry()}>
          Reload the model
        </button>
      )}
      {error.canTakeOver && (
        <button type="button" onClick={() => void takeOverLock()}>
          Use the model in this tab
        </button>
      )}
      {suggestion && (
        <button type="button" onClick={() => void loadModel(suggestion.modelId)}>
          Load {suggestion.label} instead
        </button>
      )}
    </span>
  );
}
