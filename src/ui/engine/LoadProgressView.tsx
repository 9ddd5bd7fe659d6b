import { useShallow } from 'zustand/react/shallow';
import { loadProgressView } from '../../store/engine/engine-view';
import { useAppStore } from '../app-store-context';

/** Phase, bar, bytes, speed and time left while a model loads. */
export function LoadProgressView() {
  const progress = useAppStore(useShallow((state) => loadProgressView(state.engine)));
  const cancelLoad = useAppStore((state) => state.engine.cancelLoad);
  if (!progress) return null;
  return (
    <section aria-label="Loading progress">
      <p>
        <strong>{progress.phase}</strong>
        {progress.facts ? `: ${progress.facts}` : ''}
      </p>
      <progress aria-label={`${progress.phase} progress`} max={1} value={progress.fraction} />
      <button type="button" onClick={() => cancelLoad()}>
        Cancel loading
      </button>
    </section>
  );
}
