import { useShallow } from 'zustand/react/shallow';
import { storageUsage } from '../../store/engine/engine-view';
import { useAppStore } from '../app-store-context';

/** Load, unload, repair and delete for the chosen model, plus what the browser stores. */
export function ModelActions() {
  const selected = useAppStore((state) =>
    state.engine.catalogue.find((entry) => entry.id === state.engine.selectedModelId),
  );
  const loading = useAppStore((state) => state.engine.status === 'loading');
  const loadedModelId = useAppStore((state) => state.engine.loadedModelId);
  const usage = useAppStore((state) => storageUsage(state.engine));
  const actions = useAppStore(
    useShallow(({ engine }) => ({
      loadModel: engine.loadModel,
      unloadModel: engine.unloadModel,
      repair: engine.repair,
      deleteCachedModel: engine.deleteCachedModel,
    })),
  );
  const running = selected !== undefined && selected.id === loadedModelId;
  return (
    <section aria-label="Model actions" className="engine-actions">
      {selected && !running && (
        <button
          type="button"
          disabled={loading}
          onClick={() => void actions.loadModel(selected.id)}
        >
          Load {selected.label}
        </button>
      )}
      {running && (
        <button type="button" onClick={() => actions.unloadModel()}>
          Unload {selected.label}
        </button>
      )}
      {selected?.cached && (
        <>
          <button type="button" disabled={loading} onClick={() => void actions.repair(selected.id)}>
            Repair {selected.label} (download again)
          </button>
          <button
            type="button"
            disabled={loading}
            onClick={() => void actions.deleteCachedModel(selected.id)}
          >
            Delete {selected.label} from this browser
          </button>
        </>
      )}
      {usage && <p>{usage}</p>}
    </section>
  );
}
