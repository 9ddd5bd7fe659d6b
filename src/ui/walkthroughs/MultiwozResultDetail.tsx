import type { DialogueResult, TurnLevelResult } from '../../store/walkthroughs/walkthrough-slice';
import { describeCall, describeStates, percent } from './format-metrics';

/**
 * One MultiWOZ goal opened: the verdicts and why, then each turn as played (the user's words,
 * the agent's calls, its reply and state) beside the gold state the user had informed and, at
 * turn level, the gold calls.
 */
export function MultiwozResultDetail({
  result,
  onClose,
}: {
  result: DialogueResult | TurnLevelResult;
  onClose: () => void;
}) {
  const { title } = result;
  const turns = result.mode === 'dialogue' ? result.transcript : result.predicted;
  const goldCalls = result.mode === 'turn-level' ? result.goldCalls : null;
  const wrongTurns = new Map(
    result.turnStates.filter((score) => !score.correct).map((score) => [score.turn, score]),
  );
  return (
    <section aria-label={`Result: ${title}`} className="result-detail">
      <h4>
        {title} · {result.agent}{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </h4>
      <dl aria-label="Verdicts">
        {result.mode === 'dialogue' && (
          <>
            <dt>Inform: {result.inform ? 'yes' : 'no'}</dt>
            {result.domains.map((domain) => (
              <dd key={`inform-${domain.domain}`}>
                {domain.domain}: {domain.informReason}
              </dd>
            ))}
            <dt>Success: {result.success ? 'yes' : 'no'}</dt>
            {result.domains.map((domain) => (
              <dd key={`success-${domain.domain}`}>
                {domain.domain}: {domain.successReason}
              </dd>
            ))}
            {result.error && <dd>Not completed: {result.error}</dd>}
          </>
        )}
        <dt>
          JGA:{' '}
          {result.jointGoalAccuracy === null
            ? 'not scored (the LLM user’s acts are unknown)'
            : `${percent(result.jointGoalAccuracy)} %`}
        </dt>
        {[...wrongTurns.values()].map((score) => (
          <dd key={`jga-${score.turn}`}>
            turn {score.turn + 1}: missing {score.missing.join(', ') || 'nothing'}; extra{' '}
            {score.extra.join(', ') || 'nothing'}
          </dd>
        ))}
        {result.mode === 'turn-level' && (
          <dt>
            API accuracy: {percent(result.calls.accuracy)} % ({result.callCounts.exact} of{' '}
            {result.callCounts.expected} gold calls exact, {result.callCounts.spurious} spurious)
          </dt>
        )}
      </dl>
      <ol aria-label="Transcript">
        {turns.map((turn, index) => (
          <li key={turn.id}>
            <p>User: {turn.user}</p>
            {turn.steps
              .filter((step) => step.call)
              .map((step) => (
                <p key={step.index} className="small">
                  Call: {describeCall(step.call!)}
                </p>
              ))}
            {goldCalls && (
              <p className="small">
                Gold calls: {goldCalls[index]?.map(describeCall).join('; ') || '(none)'}
              </p>
            )}
            <p>Agent: {turn.reply || '(no reply)'}</p>
            <p className="small">State: {describeStates(turn.state)}</p>
            {result.goldStates[index] && (
              <p className="small">Gold state: {describeStates(result.goldStates[index])}</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
