import type { CatalogueEntry } from '../../store/engine-slice';
import { formatBytes } from './format';
import { useEngine } from './use-engine';

function cachedText(entry: CatalogueEntry): string {
  if (entry.cached === null) return 'checking cache';
  return entry.cached ? 'downloaded' : 'not downloaded';
}

function EntryDetails({ entry }: { entry: CatalogueEntry }) {
  return (
    <span className="model-details">
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
      {engine.catalogue.map((entry) => (
        <label key={entry.id} className="model-option">
          <input
            type="radio"
            name="engine-model"
            value={entry.id}
            checked={engine.selectedModelId === entry.id}
            onChange={() => engine.selectModel(entry.id)}
          />
          <strong>{entry.label}</strong>
          {entry.id === engine.loadedModelId ? ' (running)' : ''} <EntryDetails entry={entry} />
        </label>
      ))}
    </fieldset>
  );
}
