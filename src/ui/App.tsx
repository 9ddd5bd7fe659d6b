import { useEffect, useState } from 'react';
import { EvaluationView } from './walkthroughs/EvaluationView';
import { WalkthroughsView } from './walkthroughs/WalkthroughsView';
import { Header, type ViewName } from './layout/Header';
import { ChatLayout } from './layout/ChatLayout';
import { Notices } from './notices/Notices';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { useAppStore } from './app-store-context';

export function App() {
  const [view, setView] = useState<ViewName>('chat');
  useGlobalShortcuts(() => setView('chat'));
  return (
    <div className="app">
      <Header view={view} onViewChange={setView} />
      <Notices />
      <UpdatePrompt />
      {view === 'chat' && <ChatLayout />}
      {view === 'walkthroughs' && (
        <main className="view">
          <WalkthroughsView />
        </main>
      )}
      {view === 'evaluation' && (
        <main className="view">
          <EvaluationView />
        </main>
      )}
    </div>
  );
}

/** Ctrl/Cmd+K starts a new conversation and Escape stops a running reply, from anywhere. */
function useGlobalShortcuts(showChat: () => void): void {
  const newConversation = useAppStore((state) => state.chat.newConversation);
  const stop = useAppStore((state) => state.chat.stop);
  const busy = useAppStore((state) => state.chat.busy);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        showChat();
        void newConversation().then(() => document.getElementById('message-input')?.focus());
      } else if (event.key === 'Escape' && busy) {
        stop();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [newConversation, stop, busy, showChat]);
}
