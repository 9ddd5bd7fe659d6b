import { useAppStore } from '../app-store-context';

/** The buttons an engine failure calls for: retry, reload, take over, or a smaller model. */
export function EngineErrorActions() {
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
