import { selectShownConfirmation } from '../../store/chat/chat-slice';
import type { OpenModel } from '../first-run/FirstRun';
import { useAppStore } from '../app-store-context';
import { FirstRun } from '../first-run/FirstRun';
import { ChatToolbar } from './ChatToolbar';
import { Composer } from './Composer';
import { ConfirmationCard } from './ConfirmationCard';
import { MessageList } from './MessageList';
import { RerunDialog } from './RerunDialog';

export function ChatView({
  selectedTurnId,
  onSelectTurn,
  onOpenModel,
}: {
  selectedTurnId: string | null;
  onSelectTurn: (turnId: string) => void;
  onOpenModel: OpenModel;
}) {
  const hasConfirmation = useAppStore((state) => selectShownConfirmation(state.chat) !== null);
  return (
    <section className="chat" aria-label="Chat">
      <ChatToolbar />
      <FirstRun onOpenModel={onOpenModel} />
      <MessageList selectedTurnId={selectedTurnId} onSelectTurn={onSelectTurn} />
      {/* A live region that exists before the card does, so its arrival is announced. */}
      <div aria-live="polite">{hasConfirmation && <ConfirmationCard />}</div>
      <Composer />
      <RerunDialog />
    </section>
  );
}
