import type { ProfileSummary } from '../../store/walkthroughs/walkthrough-slice';
import {
  PUBLISHED_FIGURES,
  PUBLISHED_FIGURES_NOTE,
} from '../../store/walkthroughs/walkthrough-slice';
import { milliseconds, percent, wholeNumber } from './format-metrics';

/**
 * Overall figures per profile. The paper's published figures appear as reference rows only for
 * a model's run: scripted figures check the evaluator and must not read as a model's score.
 */
export function RunSummaryTable({
  summaries,
  caption,
  showPaper,
}: {
  summaries: readonly ProfileSummary[];
  caption: string;
  showPaper: boolean;
}) {
  return (
    <table aria-label={caption}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Profile</th>
          <th scope="col">Walkthroughs</th>
          <th scope="col">Inform %</th>
          <th scope="col">Success %</th>
          <th scope="col">JGA % (fuzzy)</th>
          <th scope="col">API acc. %</th>
          <th scope="col">Slot P / R / F1 %</th>
          <th scope="col">Spurious (bookings)</th>
          <th scope="col">Booking ok %</th>
          <th scope="col">Turn latency</th>
          <th scope="col">Prefilled / decoded per turn</th>
        </tr>
      </thead>
      <tbody>
        {summaries.map((summary) => (
          <tr key={summary.profile}>
            <th scope="row">{summary.profile}</th>
            <td>
              {summary.completed}/{summary.walkthroughs}
            </td>
            <td>{percent(summary.inform)}</td>
            <td>{percent(summary.success)}</td>
            <td>
              {percent(summary.jointGoalAccuracy)} ({percent(summary.jointGoalAccuracyFuzzy)})
            </td>
            <td>{percent(summary.apiAccuracy)}</td>
            <td>
              {percent(summary.slotPrecision)} / {percent(summary.slotRecall)} /{' '}
              {percent(summary.slotF1)}
            </td>
            <td>
              {summary.spuriousCalls} ({summary.spuriousBookings})
            </td>
            <td>{percent(summary.bookingCorrect)}</td>
            <td>{milliseconds(summary.meanLatencyMs)}</td>
            <td>
              {wholeNumber(summary.meanPrefilledTokens)} / {wholeNumber(summary.meanDecodedTokens)}
            </td>
          </tr>
        ))}
        {showPaper && <PaperRows columnsBeforeSuccess={2} columnsAfterJga={6} />}
      </tbody>
    </table>
  );
}

/**
 * The CoALM paper's published Success and JGA as muted reference rows, under the tables of a
 * model's run; the columns before Success carry the note on where they were measured.
 */
export function PaperRows({
  columnsBeforeSuccess,
  columnsAfterJga,
}: {
  columnsBeforeSuccess: number;
  columnsAfterJga: number;
}) {
  return PUBLISHED_FIGURES.map((figure) => (
    <tr key={figure.model} className="muted">
      <th scope="row">{figure.model} (paper)</th>
      <td colSpan={columnsBeforeSuccess}>{PUBLISHED_FIGURES_NOTE}</td>
      <td>{figure.success.toFixed(1)}</td>
      <td>{figure.jointGoalAccuracy.toFixed(1)}</td>
      <td colSpan={columnsAfterJga} />
    </tr>
  ));
}
