import { EngineErrorActions } from './EngineErrorActions';
import { LoadProgressView } from './LoadProgressView';
import { ModelActions } from './ModelActions';
import { ModelPicker } from './ModelPicker';
import { PreflightList } from './PreflightList';
import { WeightsUrlField } from './WeightsUrlField';
import { useEngine } from './use-engine';

/** Mounted by the app layout: device check, model picker, progress, cache and weights URL. */
export function ModelPanel() {
  const engine = useEngine();
  return (
    <section aria-label="Model" className="model-panel">
      <h2>Model</h2>
      <p role="status" data-engine-status={engine.status}>
        {engine.label}
      </p>
      <EngineErrorActions />
      <PreflightList />
      <ModelPicker />
      <LoadProgressView />
      <ModelActions />
      <WeightsUrlField />
    </section>
  );
}
