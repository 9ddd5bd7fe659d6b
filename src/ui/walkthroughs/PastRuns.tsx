import { useState } from 'react';
import { setupOf, type EvaluationRunSummary } from '../../store/walkthroughs/walkthrough-slice';
import { useAppStore } from '../app-store-context';
import { MODE_LABELS, percent } from './format-metrics';
import { RunComparison, type ComparedRun } from './RunComparison';

interface PastRow extends ComparedRun {
  key: string;
  run: EvaluationRunSummary;
  /** The profile (walkthroughs) or the agent (a MultiWOZ run's rows, one per agent). */
  part: string;
}

/** What a run played, in words: world, mode and user, and whether it was live. */
function describeSetup(run: EvaluationRunSummary): string {
  const setup = setupOf(run);
  const world = setup.world === 'multiwoz' ? 'MultiWOZ' : 'generated';
  return `${world}, ${MODE_LABELS[setup.mode]}, ${setup.user}${setup.live ? ', live' : ''}`;
}

function rowsOf(run: EvaluationRunSummary): PastRow[] {
  const when = new Date(run.startedAt).toLocaleString('en-GB');
  const agent = run.engine === 'scripted' ? 'ideal agent (scripted)' : run.modelId;
  if (run.multiwoz)
    return run.multiwoz.summaries.map((summary) => ({
      key: `${run.id}|${summary.agent}`,
      run,
      part: summary.agent,
      label: `${summary.agent}, MultiWOZ ${MODE_LABELS[setupOf(run).mode]}, ${when}`,
      summary,
    }));
  return run.summaries.map((summary) => ({
    key: `${run.id}|${summary.profile}`,
    run,
    part: summary.profile,
    label: `${agent}, ${summary.profile}, ${when}`,
    summary,
  }));
}

/** Runs kept in IndexedDB, to compare model x profile x world x options side by side. */
export function PastRuns() {
  const pastRuns = useAppStore((state) => state.walkthroughs.pastRuns);
  const currentId = useAppStore((state) => state.walkthroughs.currentRun?.id ?? null);
  const openRun = useAppStore((state) => state.walkthroughs.openRun);
  const deleteRun = useAppStore((state) => state.walkthroughs.deleteRun);
  const [compared, setCompared] = useState<string[]>([]);
  if (pastRuns.length === 0) return <p className="muted small">No past runs yet.</p>;
  const rows = pastRuns.flatMap(rowsOf);
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
            <th scope="col">Setup</th>
            <th scope="col">Profile or agent</th>
            <th scope="col">Options</th>
            <th scope="col">Walkthroughs or goals</th>
            <th scope="col">Success %</th>
            <th scope="col">JGA %</th>
            <th scope="col">API acc. %</th>
            <th scope="col">Actions</th>
            <th scope="col">Compare</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, run, part, label, summary }) => (
            <tr key={key} aria-current={run.id === currentId ? 'true' : undefined}>
              <td>{new Date(run.startedAt).toLocaleString('en-GB')}</td>
              <td>{run.modelId}</td>
              <td className="small">{describeSetup(run)}</td>
              <td>{part}</td>
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
                  aria-label={`Compare ${label}`}
                  checked={compared.includes(key)}
                  onChange={() => toggle(key)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {first && second && <RunComparison first={first} second={second} />}
    </>
  );
}
