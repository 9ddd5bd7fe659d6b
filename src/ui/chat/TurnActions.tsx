import { useAppStore } from '../app-store-context';
import { CopyButton } from '../markdown/CopyButton';
import { VersionSwitcher } from './VersionSwitcher';

export function TurnActions({
  turnId,
  turnNumber,
  selected,
  onSelect,
  canChange,
  onEdit,
  replyToCopy,
}: {
  turnId: string;
  turnNumber: number;
  selected: boolean;
  onSelect: (turnId: string) => void;
  /** False while a reply is being written or this message is being edited. */
  canChange: boolean;
  onEdit: () => void;
  /** The finished reply, offered for copying; undefined while it streams or when there is none. */
  replyToCopy?: string | undefined;
}) {
  const regenerate = useAppStore((state) => state.chat.regenerate);
  return (
    <div className="turn-actions">
      <VersionSwitcher turnId={turnId} turnNumber={turnNumber} disabled={!canChange} />
      <button
        type="button"
        aria-pressed={selected}
        aria-label={`Inspect turn ${turnNumber}`}
        onClick={() => onSelect(turnId)}
      >
        Inspect
      </button>
      {replyToCopy && <CopyButton text={replyToCopy} label={`Copy reply ${turnNumber}`} />}
      {canChange && (
        <>
          <button
            type="button"
            aria-label={`Regenerate reply ${turnNumber}`}
            onClick={() => void regenerate(turnId)}
          >
            Regenerate
          </button>
          <button type="button" aria-label={`Edit message ${turnNumber}`} onClick={onEdit}>
            Edit message
          </button>
        </>
      )}
    </div>
  );
}
