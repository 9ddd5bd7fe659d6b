import { useState } from 'react';
import { BookingsPanel } from './BookingsPanel';
import { StatePanel, TracePanel } from './InspectedTurn';

const tabs = ['Trace', 'State', 'Bookings'] as const;
type TabName = (typeof tabs)[number];

export function SidePanel({ selectedTurnId }: { selectedTurnId: string | null }) {
  const [tab, setTab] = useState<TabName>('Trace');
  return (
    <div className="side-panel">
      <div role="tablist" aria-label="Details">
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={tab === name ? `panel-${name}` : undefined}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(event) => {
              const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
              if (step === 0) return;
              const next = tabs[(tabs.indexOf(name) + step + tabs.length) % tabs.length] ?? name;
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'Trace' && <TracePanel selectedTurnId={selectedTurnId} />}
        {tab === 'State' && <StatePanel selectedTurnId={selectedTurnId} />}
        {tab === 'Bookings' && <BookingsPanel />}
      </div>
    </div>
  );
}
