import { useState } from 'react';
import { EvaluationView } from './walkthroughs/EvaluationView';
import { WalkthroughsView } from './walkthroughs/WalkthroughsView';
import { Header, type ViewName } from './layout/Header';
import { ChatLayout } from './layout/ChatLayout';
import { Notices } from './notices/Notices';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { useGlobalShortcuts } from './use-global-shortcuts';

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
