import { useAppStoreThrottled } from '../app-store-context';
import { selectInspectedTurn } from './select-inspected-turn';

/** The dialogue state after the inspected turn, one table per domain. */
export function StatePanel({ selectedTurnId }: { selectedTurnId: string | null }) {
  const turn = useAppStoreThrottled((state) => selectInspectedTurn(state, selectedTurnId));
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
