import { useAppStore } from '../app-store-context';
import { percent } from './format-metrics';

/** The selected walkthrough as the scripted agent plays it, with its scores: no model needed. */
export function ScriptedPreview() {
  const preview = useAppStore((state) => state.walkthroughs.preview);
  const previewScripted = useAppStore((state) => state.walkthroughs.previewScripted);
  return (
    <section aria-label="Scripted preview">
      <button type="button" onClick={() => void previewScripted()}>
        Preview with the scripted agent
      </button>
      {preview && (
        <>
          <p className="small">
            Inform {preview.inform ? 'yes' : 'no'} · Success {preview.success ? 'yes' : 'no'} · JGA{' '}
            {percent(preview.jointGoalAccuracy)}% · API accuracy {percent(preview.calls.accuracy)}%
          </p>
          <ol aria-label="Scripted dialogue">
            {preview.transcript.map((turn) => (
              <li key={turn.id}>
                <div>
                  <strong>User:</strong> {turn.user}
                </div>
                {turn.steps.flatMap((step) =>
                  step.call ? (
                    <div key={step.index} className="small muted">
                      {step.call.name} → {step.result?.ok ? 'ok' : (step.result?.error.code ?? '')}
                    </div>
                  ) : (
                    []
                  ),
                )}
                <div>
                  <strong>System:</strong> {turn.reply}
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
