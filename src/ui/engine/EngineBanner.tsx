import { phaseLabels } from '../../store/engine/engine-slice';
import { EngineErrorActions } from './EngineErrorActions';
import { useEngine } from './use-engine';
import './engine.css';

/** One line at the top of the chat: what answers, and the action an error calls for. */
export function EngineBanner() {
  const engine = useEngine();
  const progress = engine.progress;
  const loadingDetail =
    engine.status === 'loading' && progress && progress.phase !== 'starting'
      ? ` ${phaseLabels[progress.phase]}: ${Math.round(progress.fraction * 100)}%`
      : '';
  return (
    <div
      className={`engine-banner engine-banner-${engine.status}`}
      role={engine.status === 'error' ? 'alert' : 'status'}
      aria-label="Engine"
      data-engine-status={engine.status}
    >
      <span>
        {engine.label}
        {loadingDetail}
      </span>{' '}
      <EngineErrorActions />
    </div>
  );
}
