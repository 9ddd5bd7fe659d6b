import { useState } from 'react';
import { useAppStore } from '../app-store-context';
import { EngineBanner } from '../engine/EngineBanner';
import { ModelPanel } from '../engine/ModelPanel';
import { ServerLinkConfirm } from '../engine/ServerLinkConfirm';

export type ViewName = 'chat' | 'walkthroughs' | 'evaluation';

const views: { name: ViewName; label: string }[] = [
  { name: 'chat', label: 'Chat' },
  { name: 'walkthroughs', label: 'Walkthroughs' },
  { name: 'evaluation', label: 'Evaluation' },
];

export function Header({
  view,
  onViewChange,
}: {
  view: ViewName;
  onViewChange: (view: ViewName) => void;
}) {
  const modelNeeded = useAppStore(
    (state) => state.engine.status !== 'scripted' && state.engine.status !== 'ready',
  );
  // Open while a model is still needed; once the reader toggles it, their choice stands.
  const [modelOpenChoice, setModelOpenChoice] = useState<boolean | null>(null);
  const modelOpen = modelOpenChoice ?? modelNeeded;
  return (
    <header className="app-header">
      <div className="app-header-row">
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
      </div>
      <EngineBanner />
      <ServerLinkConfirm />
      <details
        className="model-panel"
        open={modelOpen}
        onToggle={(event) => {
          const open = event.currentTarget.open;
          if (open !== modelOpen) setModelOpenChoice(open);
        }}
      >
        <summary>Model</summary>
        <ModelPanel />
      </details>
    </header>
  );
}
