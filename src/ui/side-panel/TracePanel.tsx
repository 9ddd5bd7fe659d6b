import { useAppStoreThrottled } from '../app-store-context';
import { selectInspectedTurn } from './select-inspected-turn';
import { StepTrace } from './StepTrace';

/** Every model call of the inspected turn, with exactly what was sent and received. */
export function TracePanel({ selectedTurnId }: { selectedTurnId: string | null }) {
  const turn = useAppStoreThrottled((state) => selectInspectedTurn(state, selectedTurnId));
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
