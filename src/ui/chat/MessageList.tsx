import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../app-store-context';
import { TurnView } from './TurnView';

/**
 * The conversation as a live log. It re-renders only when turns are added or removed; each
 * TurnView follows its own turn, so a streamed token touches only the turn being written.
 * aria-busy holds announcements while a reply streams, so screen readers read it once, finished.
 */
export function MessageList({
  selectedTurnId,
  onSelectTurn,
}: {
  selectedTurnId: string | null;
  onSelectTurn: (turnId: string) => void;
}) {
  const turnIds = useAppStore(
    useShallow((state) => state.chat.active?.turns.map((turn) => turn.id) ?? []),
  );
  const busy = useAppStore((state) => state.chat.busy);
  const listRef = useRef<HTMLDivElement>(null);
  useStickToBottom(listRef);
  const lastTurnId = turnIds.at(-1);

  return (
    <div
      ref={listRef}
      className="message-list"
      role="log"
      aria-live="polite"
      aria-busy={busy}
      aria-label="Messages"
      tabIndex={0}
    >
      {turnIds.length === 0 && (
        <p className="muted empty-chat">
          Ask for a restaurant, a hotel or a train. Enter sends, Shift+Enter adds a line, Esc stops.
        </p>
      )}
      {turnIds.map((turnId, index) => (
        <TurnView
          key={turnId}
          turnId={turnId}
          turnNumber={index + 1}
          isLast={turnId === lastTurnId}
          selected={turnId === (selectedTurnId ?? lastTurnId)}
          onSelect={onSelectTurn}
        />
      ))}
    </div>
  );
}

/** Keeps the newest text in view while the reader is at the bottom; leaves them be otherwise. */
function useStickToBottom(listRef: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof MutationObserver === 'undefined') return;
    let atBottom = true;
    const onScroll = () => {
      atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 40;
    };
    const observer = new MutationObserver(() => {
      if (atBottom) list.scrollTop = list.scrollHeight;
    });
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    list.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      list.removeEventListener('scroll', onScroll);
    };
  }, [listRef]);
}
