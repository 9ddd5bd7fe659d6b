import type { ProfileSummary } from '../../store/walkthroughs/walkthrough-slice';
import { percent } from './format-metrics';

/** The figures both a walkthrough profile's and a MultiWOZ agent's summaries have. */
type ComparedFigures = Pick<
  ProfileSummary,
  'inform' | 'success' | 'jointGoalAccuracy' | 'jointGoalAccuracyFuzzy' | 'apiAccuracy' | 'slotF1'
> & { bookingCorrect: number | null };

type Nullable<T> = { [K in keyof T]: T[K] | null };

export interface ComparedRun {
  label: string;
  summary: Nullable<ComparedFigures>;
}

const rows: {
  label: string;
  read: (summary: ComparedRun['summary']) => number | null | undefined;
}[] = [
  { label: 'Inform', read: (summary) => summary.inform },
  { label: 'Success', read: (summary) => summary.success },
  { label: 'JGA', read: (summary) => summary.jointGoalAccuracy },
  { label: 'JGA (fuzzy)', read: (summary) => summary.jointGoalAccuracyFuzzy },
  { label: 'API acc.', read: (summary) => summary.apiAccuracy },
  { label: 'Slot F1', read: (summary) => summary.slotF1 },
  { label: 'Booking ok', read: (summary) => summary.bookingCorrect },
];

/** Two saved runs side by side, metric by metric, with the difference B - A in points. */
export function RunComparison({ first, second }: { first: ComparedRun; second: ComparedRun }) {
  return (
    <table aria-label="Run comparison">
      <caption>Comparison</caption>
      <thead>
        <tr>
          <th scope="col">Metric %</th>
          <th scope="col">A: {first.label}</th>
          <th scope="col">B: {second.label}</th>
          <th scope="col">B - A</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const a = row.read(first.summary);
          const b = row.read(second.summary);
          const difference =
            typeof a === 'number' && typeof b === 'number' ? ((b - a) * 100).toFixed(1) : '–';
          return (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td>{percent(a)}</td>
              <td>{percent(b)}</td>
              <td>{difference}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
