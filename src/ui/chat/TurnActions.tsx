import { useAppStore } from '../app-store-context';
import { CopyButton } from '../markdown/CopyButton';

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
  canChange: boolean;
  onEdit: () => void;
  /** The finished reply, offered for copying; undefined while it streams or when there is none. */
  replyToCopy?: string | undefined;
}) {
  const regenerate = useAppStore((state) => state.chat.regenerate);
  return (
    <div className="turn-actions">
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
          <button type="button" onClick={() => void regenerate()}>
            Regenerate
          </button>
          <button type="button" onClick={onEdit}>
            Edit message
          </button>
        </>
      )}
    </div>
  );
}
