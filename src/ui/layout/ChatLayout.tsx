import type { OpenModel } from '../first-run/FirstRun';
import { useCallback, useState } from 'react';
import { ChatView } from '../chat/ChatView';
import { ConversationList } from '../conversations/ConversationList';
import { SidePanel } from '../side-panel/SidePanel';

/**
 * Three columns on wide screens. Under 800 px (see theme.css) the conversation list and the side
 * panel collapse behind the two toggle buttons, which are only shown there.
 */
export function ChatLayout({ onOpenModel }: { onOpenModel: OpenModel }) {
  const [selectedTurnId, setSelectedTurnId] = useState<string | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  // Inspecting a turn opens the details, which matters where they are collapsed.
  const selectTurn = useCallback((turnId: string) => {
    setSelectedTurnId(turnId);
    setPanelOpen(true);
  }, []);

  return (
    <main className="chat-layout">
      <div className="narrow-toggles">
        <button type="button" aria-expanded={listOpen} onClick={() => setListOpen(!listOpen)}>
          Conversations
        </button>
        <button type="button" aria-expanded={panelOpen} onClick={() => setPanelOpen(!panelOpen)}>
          Details
        </button>
      </div>
      <aside
        className={listOpen ? 'conversation-column open' : 'conversation-column'}
        aria-label="Conversations"
      >
        <ConversationList onOpened={() => setListOpen(false)} />
      </aside>
      <ChatView
        selectedTurnId={selectedTurnId}
        onSelectTurn={selectTurn}
        onOpenModel={onOpenModel}
      />
      <aside className={panelOpen ? 'side-column open' : 'side-column'} aria-label="Details">
        <SidePanel selectedTurnId={selectedTurnId} />
      </aside>
    </main>
  );
}
