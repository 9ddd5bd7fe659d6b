import { useAppStore } from '../app-store-context';
import { ChatToolbar } from './ChatToolbar';
import { Composer } from './Composer';
import { ConfirmationCard } from './ConfirmationCard';
import { MessageList } from './MessageList';

export function ChatView({
  selectedTurnId,
  onSelectTurn,
}: {
  selectedTurnId: string | null;
  onSelectTurn: (turnId: string) => void;
}) {
  const hasConfirmation = useAppStore((state) => state.chat.pendingConfirmation !== null);
  return (
    <section className="chat" aria-label="Chat">
      <ChatToolbar />
      <MessageList selectedTurnId={selectedTurnId} onSelectTurn={onSelectTurn} />
      {hasConfirmation && <ConfirmationCard />}
      <Composer />
    </section>
  );
}
