import { EngineBanner } from '../engine/EngineBanner';
import { ServerLinkConfirm } from '../engine/ServerLinkConfirm';

export type ViewName = 'chat' | 'walkthroughs' | 'evaluation';

const views: { name: ViewName; label: string }[] = [
  { name: 'chat', label: 'Chat' },
  { name: 'walkthroughs', label: 'Walkthroughs' },
  { name: 'evaluation', label: 'Evaluation' },
];

/**
 * One row of fixed height whatever the engine does: title, views, the engine's one-line status
 * (cut with an ellipsis, never wrapped), and the buttons that open the Model drawer and the
 * keyboard shortcuts. The status line moves into the drawer while the drawer is open.
 */
export function Header({
  view,
  onViewChange,
  modelOpen,
  onOpenModel,
  onOpenShortcuts,
}: {
  view: ViewName;
  onViewChange: (view: ViewName) => void;
  modelOpen: boolean;
  onOpenModel: () => void;
  onOpenShortcuts: () => void;
}) {
  return (
    <header className="app-header">
      <h1 className="app-title">CoALM Booking Agent</h1>
      <nav aria-label="Views" className="view-switch">
        {views.map(({ name, label }) => (
          <button
            key={name}
            type="button"
            aria-pressed={view === name}
            onClick={() => onViewChange(name)}
          >
            {label}
          </button>
        ))}
      </nav>
      <div className="app-header-status">{!modelOpen && <EngineBanner />}</div>
      <ServerLinkConfirm />
      <button type="button" aria-haspopup="dialog" onClick={onOpenModel}>
        Model
      </button>
      <button
        type="button"
        className="icon-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="Shift+?"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={onOpenShortcuts}
      >
        ?
      </button>
    </header>
  );
}
