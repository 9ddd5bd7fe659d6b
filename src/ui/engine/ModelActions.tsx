import { formatBytes } from './format';
import { useEngine } from './use-engine';

/** Load, unload, repair and delete for the chosen model, plus what the browser stores. */
export function ModelActions() {
  const engine = useEngine();
  const selected = engine.catalogue.find((entry) => entry.id === engine.selectedModelId);
  const loading = engine.status === 'loading';
  const running = selected !== undefined && selected.id === engine.loadedModelId;
  return (
    <section aria-label="Model actions" className="engine-actions">
      {selected && !running && (
        <button type="button" disabled={loading} onClick={() => void engine.loadModel(selected.id)}>
          Load {selected.label}
        </button>
      )}
      {running && (
        <button type="button" onClick={() => engine.unloadModel()}>
          Unload {selected.label}
        </button>
      )}
      {selected?.cached && (
        <>
          <button type="button" disabled={loading} onClick={() => void engine.repair(selected.id)}>
            Repair {selected.label} (download again)
          </button>
          <button
            type="button"
            disabled={loading}
            onClick={() => void engine.deleteCachedModel(selected.id)}
          >
            Delete {selected.label} from this browser
          </button>
        </>
      )}
      {engine.storage && (
        <p>
          Storage used by this site: {formatBytes(engine.storage.usageBytes)} of{' '}
          {formatBytes(engine.storage.quotaBytes)} available to it.
        </p>
      )}
    </section>
  );
}
