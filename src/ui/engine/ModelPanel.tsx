import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { loadProgressView } from '../../store/engine/engine-view';
import { useAppStore } from '../app-store-context';
import { ModelActions } from './ModelActions';
import { ModelPicker } from './ModelPicker';
import { ServerPanel } from './ServerPanel';
import './engine.css';

/**
 * The Model drawer's content, under its EngineBanner (which carries the status line and the error
 * actions): device check, model picker, progress, cache actions and weights URL, then the
 * model-server settings (the second engine kind).
 */
export function ModelPanel() {
  return (
    <section aria-label="Model" className="engine-model-panel">
      <PreflightList />
      <ModelPicker />
      <LoadProgressView />
      <ModelActions />
      <WeightsUrlField />
      <ServerPanel />
    </section>
  );
}

const marks = { pass: '✓', warn: '!', fail: '✗' } as const;
const spoken = { pass: 'passed', warn: 'warning', fail: 'failed' } as const;

/** What this device can do, each check with its own advice. */
function PreflightList() {
  const preflight = useAppStore((state) => state.engine.preflight);
  const runPreflight = useAppStore((state) => state.engine.runPreflight);
  return (
    <section aria-label="Device check">
      <h3>This device</h3>
      {preflight ? (
        <ul>
          {preflight.checks.map((check) => (
            <li
              key={check.id}
              className={`engine-check-${check.status}`}
              data-check={check.id}
              data-status={check.status}
            >
              <span aria-label={spoken[check.status]}>{marks[check.status]}</span> {check.message}
              {check.guidance && (
                <details>
                  <summary>How to enable WebGPU in {check.guidance.browser}</summary>
                  {check.guidance.steps}
                </details>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>Not checked yet.</p>
      )}
      {preflight?.ok && (
        <p data-testid="recommended-quantization">
          Recommended build: {preflight.recommendedQuantization}
        </p>
      )}
      <button type="button" onClick={() => void runPreflight()}>
        Check this device again
      </button>
    </section>
  );
}

/** Phase, bar, bytes, speed and time left while a model loads. */
function LoadProgressView() {
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

/** Where the CoALM weights come from: this site's /models/ folder unless set here. */
function WeightsUrlField() {
  const weightsUrl = useAppStore((state) => state.engine.weightsUrl);
  const setWeightsUrl = useAppStore((state) => state.engine.setWeightsUrl);
  const [draft, setDraft] = useState(weightsUrl);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setWeightsUrl(draft.trim());
  };
  return (
    <form aria-label="CoALM weights location" className="engine-weights-url" onSubmit={submit}>
      <label>
        CoALM weights URL
        <input
          type="text"
          inputMode="url"
          spellCheck={false}
          value={draft}
          placeholder="/models/ (this site)"
          onChange={(event) => setDraft(event.target.value)}
        />
      </label>
      <button type="submit">Save weights URL</button>
      <small>
        A folder holding CoALM-8B-q4f16_1-MLC/ and CoALM-8B-q4f32_1-MLC/, a URL with
        {' {quant}'}, or a Hugging Face repository. See docs/coalm-weights.md.
      </small>
    </form>
  );
}
