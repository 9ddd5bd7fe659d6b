import { useAppStore } from '../app-store-context';

export function TurnActions({
  turnId,
  turnNumber,
  selected,
  onSelect,
  canChange,
  onEdit,
}: {
  turnId: string;
  turnNumber: number;
  selected: boolean;
  onSelect: (turnId: string) => void;
  canChange: boolean;
  onEdit: () => void;
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
