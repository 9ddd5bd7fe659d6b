import { modelDetails } from '../../store/engine/engine-view';
import { useAppStore } from '../app-store-context';

/** The catalogue as radio buttons: every choice shows its size, memory, cache state and licence. */
export function ModelPicker() {
  const catalogueStatus = useAppStore((state) => state.engine.catalogueStatus);
  const catalogue = useAppStore((state) => state.engine.catalogue);
  const selectedModelId = useAppStore((state) => state.engine.selectedModelId);
  const loadedModelId = useAppStore((state) => state.engine.loadedModelId);
  const busy = useAppStore((state) => state.engine.status === 'loading');
  const loadCatalogue = useAppStore((state) => state.engine.loadCatalogue);
  const selectModel = useAppStore((state) => state.engine.selectModel);
  if (catalogueStatus !== 'ready') {
    return (
      <section aria-label="Model choice">
        <p>The model list loads the engine code (several MB) only when you ask for it.</p>
        <button
          type="button"
          disabled={catalogueStatus === 'loading'}
          onClick={() => void loadCatalogue()}
        >
          {catalogueStatus === 'loading' ? 'Loading the model list…' : 'Show models'}
        </button>
      </section>
    );
  }
  return (
    <fieldset aria-label="Model choice" disabled={busy}>
      <legend>Choose a model</legend>
      <ul className="engine-model-list">
        {catalogue.map((entry) => {
          const detailsId = `engine-model-${entry.id}`;
          return (
            <li key={entry.id}>
              <label>
                <input
                  type="radio"
                  name="engine-model"
                  value={entry.id}
                  aria-describedby={detailsId}
                  checked={selectedModelId === entry.id}
                  onChange={() => selectModel(entry.id)}
                />{' '}
                <strong>{entry.label}</strong>
                {entry.id === loadedModelId ? ' (running)' : ''}
              </label>
              <span className="engine-model-details" id={detailsId}>
                {modelDetails(entry)}
              </span>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
