import { LoadProgressView } from './LoadProgressView';
import { ModelActions } from './ModelActions';
import { ModelPicker } from './ModelPicker';
import { PreflightList } from './PreflightList';
import { WeightsUrlField } from './WeightsUrlField';
import './engine.css';

/**
 * Mounted by the app layout under the EngineBanner (which carries the status line and the error
 * actions): device check, model picker, progress, cache actions and weights URL.
 */
export function ModelPanel() {
  return (
    <section aria-label="Model" className="engine-model-panel">
      <PreflightList />
      <ModelPicker />
      <LoadProgressView />
      <ModelActions />
      <WeightsUrlField />
    </section>
  );
}
