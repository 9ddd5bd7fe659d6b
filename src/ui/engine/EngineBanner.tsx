import { useShallow } from 'zustand/react/shallow';
import { loadProgressView } from '../../store/engine/engine-view';
import { useAppStore } from '../app-store-context';
import { EngineErrorActions } from './EngineErrorActions';
import './engine.css';

/** One line at the top of the chat: what answers, and the action an error calls for. */
export function EngineBanner() {
  const status = useAppStore((state) => state.engine.status);
  const label = useAppStore((state) => state.engine.label);
  const progress = useAppStore(useShallow((state) => loadProgressView(state.engine)));
  return (
    <div
      className={`engine-banner engine-banner-${status}`}
      role={status === 'error' ? 'alert' : 'status'}
      aria-label="Engine"
      data-engine-status={status}
    >
      <span>
        {label}
        {progress?.short ? ` ${progress.short}` : ''}
      </span>{' '}
      <EngineErrorActions />
    </div>
  );
}
