import { selectInspectedTurn } from '../../store/chat/chat-slice';
import { useAppStoreThrottled } from '../app-store-context';
import { StepTrace } from './StepTrace';

// The side panel's views of one turn: its model calls (Trace) and the dialogue state after it
// (State). Both show the same turn, picked the same way.

/** Every model call of the inspected turn, with exactly what was sent and received. */
export function TracePanel({ selectedTurnId }: { selectedTurnId: string | null }) {
  const turn = useAppStoreThrottled((state) => selectInspectedTurn(state.chat, selectedTurnId));
  if (!turn) return <p className="muted">No turn to inspect yet.</p>;
  return (
    <div className="trace">
      <p className="muted small">
        Turn: “{turn.user.slice(0, 80)}” · {turn.steps.length}{' '}
        {turn.steps.length === 1 ? 'model call' : 'model calls'} · {turn.status}
      </p>
      {turn.steps.map((step) => (
        <StepTrace key={step.index} step={step} />
      ))}
    </div>
  );
}

/** The dialogue state after the inspected turn, one table per domain. */
export function StatePanel({ selectedTurnId }: { selectedTurnId: string | null }) {
  const turn = useAppStoreThrottled((state) => selectInspectedTurn(state.chat, selectedTurnId));
  const domains = Object.entries(turn?.state ?? {});
  if (domains.length === 0) return <p className="muted">No dialogue state yet.</p>;
  return (
    <div className="dialogue-state">
      {domains.map(([domain, slots]) => (
        <table key={domain}>
          <caption>{domain}</caption>
          <tbody>
            {Object.entries(slots).map(([slot, value]) => (
              <tr key={slot}>
                <th scope="row">{slot}</th>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </div>
  );
}
