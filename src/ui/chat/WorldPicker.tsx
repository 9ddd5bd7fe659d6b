import type { WorldId } from '../../core/conversation/conversation';
import { WORLD_LABELS } from '../../store/settings/settings-slice';
import { useAppStore } from '../app-store-context';

const labelOf = (world: WorldId) => WORLD_LABELS[world];

/**
 * The world the tools run on. A conversation keeps the world of its first turn (its bookings
 * name that world's venues), so the choice applies to new conversations, and says so when the
 * open one runs on the other world.
 */
export function WorldPicker() {
  const world = useAppStore((state) => state.settings.world);
  const setWorld = useAppStore((state) => state.settings.setWorld);
  const load = useAppStore((state) => state.settings.worldLoad);
  const busy = useAppStore((state) => state.chat.busy);
  // Fixed once the conversation has a turn (older ones ran on the generated world).
  const openWorld = useAppStore((state) => {
    const active = state.chat.active;
    if (!active) return null;
    return active.world ?? (active.turns.length > 0 ? 'generated' : null);
  });
  const shownLoad = load?.world === world ? load : null;
  return (
    <span className="world-picker">
      <label>
        World{' '}
        <select
          value={world}
          disabled={busy}
          onChange={(event) => void setWorld(event.target.value as WorldId)}
        >
          {(Object.keys(WORLD_LABELS) as WorldId[]).map((id) => (
            <option key={id} value={id}>
              {WORLD_LABELS[id]}
            </option>
          ))}
        </select>
      </label>
      {shownLoad?.status === 'loading' && (
        <span role="status" className="small muted">
          {' '}
          Loading the {labelOf(world)}…
        </span>
      )}
      {shownLoad?.status === 'error' && (
        <span role="alert" className="small">
          {' '}
          {shownLoad.message}{' '}
          <button type="button" onClick={() => void setWorld(world)}>
            Try again
          </button>
        </span>
      )}
      {openWorld && openWorld !== world && (
        <span className="small muted">
          {' '}
          This conversation runs on the {labelOf(openWorld)}; the {labelOf(world)} applies to new
          conversations.
        </span>
      )}
    </span>
  );
}
