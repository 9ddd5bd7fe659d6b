import { useState } from 'react';
import { useAppStore } from '../app-store-context';
import { percent } from './format-metrics';
import { RunComparison } from './RunComparison';

/** Runs kept in IndexedDB, to compare model x profile x options side by side. */
export function PastRuns() {
  const pastRuns = useAppStore((state) => state.walkthroughs.pastRuns);
  const currentId = useAppStore((state) => state.walkthroughs.currentRun?.id ?? null);
  const openRun = useAppStore((state) => state.walkthroughs.openRun);
  const deleteRun = useAppStore((state) => state.walkthroughs.deleteRun);
  const [compared, setCompared] = useState<string[]>([]);
  if (pastRuns.length === 0) return <p className="muted small">No past runs yet.</p>;
  const rows = pastRuns.flatMap((run) =>
    run.summaries.map((summary) => ({
      key: `${run.id}|${summary.profile}`,
      label: `${run.engine === 'scripted' ? 'ideal agent (scripted)' : run.modelId}, ${summary.profile}, ${new Date(run.startedAt).toLocaleString('en-GB')}`,
      summary,
    })),
  );
  const toggle = (key: string) =>
    setCompared((keys) =>
      keys.includes(key) ? keys.filter((item) => item !== key) : [...keys, key].slice(-2),
    );
  const [first, second] = compared.map((key) => rows.find((row) => row.key === key));
  return (
    <>
      <table aria-label="Past runs">
        <caption>Past runs</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Model</th>
            <th scope="col">Profile</th>
            <th scope="col">Options</th>
            <th scope="col">Walkthroughs</th>
            <th scope="col">Success %</th>
            <th scope="col">JGA %</th>
            <th scope="col">API acc. %</th>
            <th scope="col">Actions</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {pastRuns.flatMap((run) =>
            run.summaries.map((summary) => (
              <tr
                key={`${run.id}|${summary.profile}`}
                aria-current={run.id === currentId ? 'true' : undefined}
              >
                <td>{new Date(run.startedAt).toLocaleString('en-GB')}</td>
                <td>{run.modelId}</td>
                <td>{summary.profile}</td>
                <td className="small">
                  {Object.entries(run.options)
                    .map(([name, value]) => `${name}: ${String(value)}`)
                    .join(', ')}
                </td>
                <td>{run.walkthroughCount}</td>
                <td>{percent(summary.success)}</td>
                <td>{percent(summary.jointGoalAccuracy)}</td>
                <td>{percent(summary.apiAccuracy)}</td>
                <td>
                  <button type="button" onClick={() => void openRun(run.id)}>
                    Open
                  </button>{' '}
                  <button
                    type="button"
                    aria-label={`Delete run ${run.id}`}
                    onClick={() => void deleteRun(run.id)}
                  >
                    Delete
                  </button>
                </td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Compare ${run.modelId} ${summary.profile} ${new Date(run.startedAt).toLocaleString('en-GB')}`}
                    checked={compared.includes(`${run.id}|${summary.profile}`)}
                    onChange={() => toggle(`${run.id}|${summary.profile}`)}
                  />
                </td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      {first && second && <RunComparison first={first} second={second} />}
    </>
  );
}
