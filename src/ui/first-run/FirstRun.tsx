import { useShallow } from 'zustand/react/shallow';
import { deviceSummary } from '../../store/engine/engine-view';
import { useAppStore } from '../app-store-context';

/**
 * What a person sees while nothing can answer yet: one line on what this device can run, and the
 * ways forward as buttons (a model in the page, a model server, the scripted demo). The steps for turning WebGPU on are folded, and only for the browser
 * in use. Shown until a model loads or the demo runs; a failure leaves it up, since the ways
 * forward still apply.
 */
/** Opens the Model drawer, at its model-server part when asked. */
export type OpenModel = (section?: 'server') => void;

export function FirstRun({ onOpenModel }: { onOpenModel: OpenModel }) {
  const shown = useAppStore(
    (state) => state.engine.status === 'none' || state.engine.status === 'error',
  );
  const summary = useAppStore(useShallow((state) => deviceSummary(state.engine.preflight)));
  const startDemo = useAppStore((state) => state.engine.startDemo);
  if (!shown) return null;
  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title" className="first-run-title">
        Get started
      </h2>
      <p data-testid="device-summary" data-can-run={String(summary.canRunInPage)}>
        {summary.line}
      </p>
      <div className="first-run-actions">
        {summary.canRunInPage !== false && (
          <button type="button" className="primary" onClick={() => onOpenModel()}>
            Load a model in this page
          </button>
        )}
        <button type="button" onClick={() => onOpenModel('server')}>
          Connect to a model server (Ollama, llama.cpp, vLLM)
        </button>
        <button
          type="button"
          className={summary.canRunInPage === false ? 'primary' : undefined}
          onClick={() => void startDemo()}
        >
          Try the demo (scripted replies, no model)
        </button>
      </div>
      {summary.guidance && (
        <details className="first-run-guidance">
          <summary>How to enable WebGPU in {summary.guidance.browser}</summary>
          <p>{summary.guidance.steps}</p>
        </details>
      )}
    </section>
  );
}
