import { useAppStore } from '../app-store-context';

const marks = { pass: '✓', warn: '!', fail: '✗' } as const;
const spoken = { pass: 'passed', warn: 'warning', fail: 'failed' } as const;

/** What this device can do, each check with its own advice. */
export function PreflightList() {
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
