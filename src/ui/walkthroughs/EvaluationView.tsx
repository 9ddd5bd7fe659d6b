import { useEffect } from 'react';
import { useAppStore } from '../app-store-context';
import { downloadFile } from '../download-file';
import { EvaluationSetup } from './EvaluationSetup';
import { PastRuns } from './PastRuns';
import { RunResults } from './RunResults';

/** Run the walkthroughs against the agent and read Inform, Success, JGA and API accuracy. */
export function EvaluationView() {
  const ready = useAppStore((state) => state.walkthroughs.ready);
  const error = useAppStore((state) => state.walkthroughs.error);
  const run = useAppStore((state) => state.walkthroughs.currentRun);
  const init = useAppStore((state) => state.walkthroughs.init);
  const exportRun = useAppStore((state) => state.walkthroughs.exportRun);
  useEffect(() => {
    void init();
  }, [init]);

  const download = (format: 'json' | 'csv') => {
    const file = exportRun(format);
    if (file) downloadFile(file);
  };

  if (!ready) return <section aria-label="Evaluation">Building the walkthroughs…</section>;
  return (
    <section aria-label="Evaluation" className="evaluation">
      <h2>Evaluation</h2>
      <EvaluationSetup />
      {error && (
        <p role="alert" className="small">
          {error}
        </p>
      )}
      {run && (
        <section aria-label="Results">
          <RunResults run={run} />
          <p>
            <button type="button" onClick={() => download('json')}>
              Export JSON
            </button>{' '}
            <button type="button" onClick={() => download('csv')}>
              Export CSV
            </button>
          </p>
        </section>
      )}
      <PastRuns />
    </section>
  );
}
