import type { CatalogueEntry } from '../../store/engine/engine-slice';
import { formatBytes } from './format';
import { useEngine } from './use-engine';

function cachedText(entry: CatalogueEntry): string {
  if (entry.cached === null) return 'checking cache';
  return entry.cached ? 'downloaded' : 'not downloaded';
}

function EntryDetails({ entry, id }: { entry: CatalogueEntry; id: string }) {
  return (
    <span className="engine-model-details" id={id}>
      {entry.note} · download about {formatBytes(entry.downloadBytes)} · needs about{' '}
      {formatBytes(entry.vramMB * 1e6)} of GPU memory
      {entry.requiresShaderF16 ? ' and shader-f16' : ''} · {cachedText(entry)} · licence:{' '}
      {entry.licence}
    </span>
  );
}

/** The catalogue as radio buttons: every choice shows its size, memory, cache state and licence. */
export function ModelPicker() {
  const engine = useEngine();
  if (engine.catalogueStatus !== 'ready') {
    return (
      <section aria-label="Model choice">
        <p>The model list loads the engine code (several MB) only when you ask for it.</p>
        <button
          type="button"
          disabled={engine.catalogueStatus === 'loading'}
          onClick={() => void engine.loadCatalogue()}
        >
          {engine.catalogueStatus === 'loading' ? 'Loading the model list…' : 'Show models'}
        </button>
      </section>
    );
  }
  const busy = engine.status === 'loading';
  return (
    <fieldset aria-label="Model choice" disabled={busy}>
      <legend>Choose a model</legend>
      <ul className="engine-model-list">
        {engine.catalogue.map((entry) => {
          const detailsId = `engine-model-${entry.id}`;
          return (
            <li key={entry.id}>
              <label>
                <input
                  type="radio"
                  name="engine-model"
                  value={entry.id}
                  aria-describedby={detailsId}
                  checked={engine.selectedModelId === entry.id}
                  onChange={() => engine.selectModel(entry.id)}
                />{' '}
                <strong>{entry.label}</strong>
                {entry.id === engine.loadedModelId ? ' (running)' : ''}
              </label>
              <EntryDetails entry={entry} id={detailsId} />
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
