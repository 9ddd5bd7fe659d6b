import type { WalkthroughResult } from '../../store/walkthroughs/walkthrough-slice';
import { milliseconds, percent } from './format-metrics';

const yesNo = (value: boolean | null) => (value === null ? '–' : value ? 'yes' : 'no');

/** One row per walkthrough, profile and variant, so partial credit shows where it arises. */
export function WalkthroughResultsTable({
  results,
  onOpen,
}: {
  results: readonly WalkthroughResult[];
  onOpen: (result: WalkthroughResult) => void;
}) {
  return (
    <table aria-label="Results per walkthrough">
      <caption>Per walkthrough</caption>
      <thead>
        <tr>
          <th scope="col">Walkthrough</th>
          <th scope="col">Profile</th>
          <th scope="col">Variant</th>
          <th scope="col">Completed</th>
          <th scope="col">Inform</th>
          <th scope="col">Success</th>
          <th scope="col">JGA % (fuzzy)</th>
          <th scope="col">API acc. %</th>
          <th scope="col">Slot F1 %</th>
          <th scope="col">Spurious</th>
          <th scope="col">Booking ok</th>
          <th scope="col">Turns</th>
          <th scope="col">Mean latency</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {results.map((result) => (
          <tr key={`${result.walkthroughId}|${result.profile}|${result.variant}`}>
            <th scope="row" title={result.error}>
              {result.title}
            </th>
            <td>{result.profile}</td>
            <td>{result.variant}</td>
            <td>{yesNo(result.completed)}</td>
            <td>{yesNo(result.inform)}</td>
            <td>{yesNo(result.success)}</td>
            <td>
              {percent(result.jointGoalAccuracy)} ({percent(result.jointGoalAccuracyFuzzy)})
            </td>
            <td>{percent(result.calls.accuracy)}</td>
            <td>{percent(result.calls.slotF1)}</td>
            <td>{result.calls.spurious}</td>
            <td>{yesNo(result.bookingCorrect)}</td>
            <td>{result.turns}</td>
            <td>{milliseconds(result.costs.meanLatencyMs)}</td>
            <td>
              <button
                type="button"
                aria-label={`Open ${result.title} (${result.profile}, ${result.variant})`}
                onClick={() => onOpen(result)}
              >
                Open
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
