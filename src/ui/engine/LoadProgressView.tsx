import { phaseLabels } from '../../store/engine/engine-slice';
import { formatBytes, formatDuration } from './format';
import { useEngine } from './use-engine';

/** Phase, bar, bytes, speed and time left while a model loads. */
export function LoadProgressView() {
  const engine = useEngine();
  const progress = engine.progress;
  if (engine.status !== 'loading' || !progress) return null;
  const facts: string[] = [];
  if (progress.loadedBytes !== undefined)
    facts.push(
      progress.totalBytes !== undefined
        ? `${formatBytes(progress.loadedBytes)} of ${formatBytes(progress.totalBytes)}`
        : formatBytes(progress.loadedBytes),
    );
  if (progress.bytesPerSecond !== undefined)
    facts.push(`${formatBytes(progress.bytesPerSecond)}/s`);
  if (progress.step) facts.push(`step ${progress.step.done} of ${progress.step.total}`);
  if (progress.secondsLeft !== undefined)
    facts.push(`about ${formatDuration(progress.secondsLeft)} left`);
  return (
    <section aria-label="Loading progress">
      <p>
        <strong>{phaseLabels[progress.phase]}</strong>
        {facts.length > 0 ? `: ${facts.join(', ')}` : ''}
      </p>
      <progress
        aria-label={`${phaseLabels[progress.phase]} progress`}
        max={1}
        value={progress.fraction}
      />
      <button type="button" onClick={() => engine.cancelLoad()}>
        Cancel loading
      </button>
    </section>
  );
}
