import { useShallow } from 'zustand/react/shallow';
import { selectTurnVersions } from '../../store/chat/chat-slice';
import { useAppStore } from '../app-store-context';

/**
 * "‹ 2/3 ›" on a turn that has other versions (made by regenerate or by editing its message):
 * the person switches between them, and the turns after it follow the version shown.
 */
export function VersionSwitcher({
  turnId,
  turnNumber,
  disabled,
}: {
  turnId: string;
  turnNumber: number;
  /** While a reply is written the shown path stays as it is. */
  disabled: boolean;
}) {
  const versions = useAppStore(useShallow((state) => selectTurnVersions(state.chat, turnId).ids));
  const showVersion = useAppStore((state) => state.chat.showVersion);
  if (versions.length < 2) return null;
  const index = versions.indexOf(turnId);
  const previous = versions[index - 1];
  const next = versions[index + 1];
  const label = `Version ${index + 1} of ${versions.length}`;
  return (
    <div className="version-switcher" role="group" aria-label={`Turn ${turnNumber}: ${label}`}>
      <button
        type="button"
        aria-label={`Previous version of turn ${turnNumber}`}
        disabled={disabled || previous === undefined}
        onClick={() => previous !== undefined && void showVersion(previous)}
      >
        ‹
      </button>
      <span className="version-count" aria-hidden="true">
        {index + 1}/{versions.length}
      </span>
      <button
        type="button"
        aria-label={`Next version of turn ${turnNumber}`}
        disabled={disabled || next === undefined}
        onClick={() => next !== undefined && void showVersion(next)}
      >
        ›
      </button>
    </div>
  );
}
