import { useEngine } from './use-engine';

/** The buttons an engine failure calls for: retry, reload, take over, or a smaller model. */
export function EngineErrorActions() {
  const engine = useEngine();
  const error = engine.error;
  if (engine.status !== 'error' || !error) return null;
  const suggestion = error.suggestion;
  return (
    <span className="engine-error-actions">
      {error.canRetry && (
        <button type="button" onClick={() => void engine.retry()}>
          Retry
        </button>
      )}
      {error.canReload && (
        <button type="button" onClick={() => void engine.retry()}>
          Reload the model
        </button>
      )}
      {error.canTakeOver && (
        <button type="button" onClick={() => void engine.takeOverLock()}>
          Use the model in this tab
        </button>
      )}
      {suggestion && (
        <button type="button" onClick={() => void engine.loadModel(suggestion.modelId)}>
          Load {suggestion.label} instead
        </button>
      )}
    </span>
  );
}
