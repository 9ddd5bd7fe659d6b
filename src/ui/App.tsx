import { lazy, Suspense, useCallback, useState } from 'react';
import { Header, type ViewName } from './layout/Header';
import { ChatLayout } from './layout/ChatLayout';
import { ModelDrawer } from './layout/ModelDrawer';
import { ShortcutSheet } from './layout/ShortcutSheet';
import { Notices } from './notices/Notices';
import { UpdatePrompt } from './pwa/UpdatePrompt';
import { useGlobalShortcuts } from './use-global-shortcuts';
import './layout/layout.css';

// The two evaluation views are chunks of their own: the chat, which most visits open, starts
// without their code.
const WalkthroughsView = lazy(() =>
  import('./walkthroughs/WalkthroughsView').then((module) => ({
    default: module.WalkthroughsView,
  })),
);
const EvaluationView = lazy(() =>
  import('./walkthroughs/EvaluationView').then((module) => ({ default: module.EvaluationView })),
);

export function App() {
  const [view, setView] = useState<ViewName>('chat');
  const [modelOpen, setModelOpen] = useState(false);
  const [modelSection, setModelSection] = useState<'server' | undefined>();
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const showChat = useCallback(() => setView('chat'), []);
  const openModel = useCallback((section?: 'server') => {
    setModelSection(section);
    setModelOpen(true);
  }, []);
  const closeModel = useCallback(() => setModelOpen(false), []);
  const openShortcuts = useCallback(() => setShortcutsOpen(true), []);
  const closeShortcuts = useCallback(() => setShortcutsOpen(false), []);
  useGlobalShortcuts(showChat, openShortcuts);
  return (
    <div className="app">
      <Header
        view={view}
        onViewChange={setView}
        modelOpen={modelOpen}
        onOpenModel={() => openModel()}
        onOpenShortcuts={openShortcuts}
      />
      <Notices />
      <UpdatePrompt />
      {view === 'chat' && <ChatLayout onOpenModel={openModel} />}
      {view === 'walkthroughs' && (
        <main className="view">
          <Suspense fallback={<p role="status">Loading the Walkthroughs view…</p>}>
            <WalkthroughsView />
          </Suspense>
        </main>
      )}
      {view === 'evaluation' && (
        <main className="view">
          <Suspense fallback={<p role="status">Loading the Evaluation view…</p>}>
            <EvaluationView />
          </Suspense>
        </main>
      )}
      <ModelDrawer open={modelOpen} section={modelSection} onClose={closeModel} />
      <ShortcutSheet open={shortcutsOpen} onClose={closeShortcuts} />
    </div>
  );
}
