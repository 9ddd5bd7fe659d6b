import type { Walkthrough, WalkthroughResult } from '../../store/walkthroughs/walkthrough-slice';
import { describeCall, describeStates, percent } from './format-metrics';

const yesNo = (value: boolean | null) => (value === null ? 'not scored' : value ? 'yes' : 'no');

/** One result opened: each metric's verdict and why, then the transcript beside its gold. */
export function ResultDetail({
  result,
  walkthrough,
  onClose,
}: {
  result: WalkthroughResult;
  walkthrough: Walkthrough | undefined;
  onClose: () => void;
}) {
  const calls = result.callCounts;
  return (
    <section aria-label={`Result: ${result.title}`} className="result-detail">
      <h4>
        {result.title} · {result.profile} · {result.variant}{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </h4>
      <dl aria-label="Verdicts">
        <dt>Inform: {yesNo(result.inform)}</dt>
        {result.domains.map((domain) => (
          <dd key={`inform-${domain.domain}`}>
            {domain.domain}: {domain.informReason}
          </dd>
        ))}
        <dt>Success: {yesNo(result.success)}</dt>
        {result.domains.map((domain) => (
          <dd key={`success-${domain.domain}`}>
            {domain.domain}: {domain.successReason}
          </dd>
        ))}
        <dt>
          JGA: {percent(result.jointGoalAccuracy)} % (fuzzy {percent(result.jointGoalAccuracyFuzzy)}{' '}
          %)
        </dt>
        {result.turnStates
          .filter((score) => !score.correct)
          .map((score) => (
            <dd key={`jga-${score.turn}`}>
              turn {score.turn + 1}: missing {score.missing.join(', ') || 'nothing'}; extra{' '}
              {score.extra.join(', ') || 'nothing'}
            </dd>
          ))}
        <dt>API accuracy: {percent(result.calls.accuracy)} %</dt>
        <dd>
          {calls.exact} of {calls.expected} expected calls exact, {calls.spurious} spurious (
          {calls.spuriousBookings} bookings)
        </dd>
        <dt>Booking correct: {yesNo(result.bookingCorrect)}</dt>
      </dl>
      <table aria-label="Transcript beside gold">
        <thead>
          <tr>
            <th scope="col">Turn</th>
            <th scope="col">Transcript</th>
            <th scope="col">Gold</th>
          </tr>
        </thead>
        <tbody>
          {(walkthrough?.turns ?? []).map((gold, index) => {
            const turn = result.transcript[index];
            return (
              <tr key={index}>
                <th scope="row">{index + 1}</th>
                <td>
                  <p>User: {turn?.user ?? gold.user}</p>
                  {turn?.steps
                    .filter((step) => step.call)
                    .map((step) => (
                      <p key={step.index} className="small">
                        Call: {describeCall(step.call!)}
                      </p>
                    ))}
                  <p>Agent: {turn?.reply ?? '(no reply)'}</p>
                  <p className="small">State: {describeStates(turn?.state)}</p>
                </td>
                <td>
                  {gold.expectedCalls.map((call, callIndex) => (
                    <p key={callIndex} className="small">
                      Call: {describeCall(call)}
                    </p>
                  ))}
                  <p className="small">State: {describeStates(gold.goldState)}</p>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
