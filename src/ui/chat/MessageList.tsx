import {
  measureElement,
  observeElementRect,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectShownTurnIds } from '../../store/chat/chat-slice';
import { useAppStore } from '../app-store-context';
import { TurnView } from './TurnView';

// A guess for a turn not yet measured; each turn is measured once it renders.
const estimatedTurnHeight = 180;
// Turns rendered beyond the visible ones, so a short conversation is whole in the document and
// a scroll of a few turns shows text at once.
const overscanTurns = 6;
// Before layout (the first render, a hidden log, jsdom) the log measures 0 x 0, which would
// render no turn at all; assume a common window instead.
const initialRect = { width: 800, height: 900 };

function observeLogRect(
  instance: Virtualizer<HTMLDivElement, Element>,
  onRect: (rect: { width: number; height: number }) => void,
) {
  return observeElementRect(instance, (rect) => onRect(rect.height > 0 ? rect : initialRect));
}

/** A turn always has some height once laid out; 0 means no layout, so keep the estimate. */
function measureTurn(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  return measureElement(element, entry, instance) || estimatedTurnHeight;
}

/**
 * The conversation as a live log. Only the turns on screen (and a few around them) are in the
 * document, so a conversation of 1,000 turns or of megabytes of Markdown opens as fast as a short
 * one. It re-renders only when turns are added or removed, or the reader scrolls; each TurnView
 * follows its own turn and keeps its key (the turn id), so the element shown while a reply
 * streams is the one that stays when it completes.
 * aria-busy holds announcements while a reply streams, so screen readers read it once, finished.
 */
export function MessageList({
  selectedTurnId,
  onSelectTurn,
}: {
  selectedTurnId: string | null;
  onSelectTurn: (turnId: string) => void;
}) {
  const conversationId = useAppStore((state) => state.chat.active?.id);
  // Only the shown version of each turn: the others are one switch away (VersionSwitcher).
  const turnIds = useAppStore(useShallow((state) => selectShownTurnIds(state.chat)));
  const busy = useAppStore((state) => state.chat.busy);
  const listRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: turnIds.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => estimatedTurnHeight,
    getItemKey: (index) => turnIds[index] ?? index,
    overscan: overscanTurns,
    initialRect,
    observeElementRect: observeLogRect,
    measureElement: measureTurn,
  });
  useStickToBottom(listRef, conversationId);
  // The picked turn while it is shown; after a switch to another version, the last one.
  const selectedId =
    selectedTurnId !== null && turnIds.includes(selectedTurnId) ? selectedTurnId : turnIds.at(-1);
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0));

  return (
    <div
      ref={listRef}
      className="message-list"
      role="log"
      aria-live="polite"
      aria-busy={busy}
      aria-label="Messages"
      tabIndex={0}
      onKeyDown={(event) => {
        // The browser's own Home and End scroll smoothly through turns measured on the way, and
        // each measurement moves the target; the list jumps to the first or last turn itself.
        if (event.target !== event.currentTarget || turnIds.length === 0) return;
        if (event.key !== 'Home' && event.key !== 'End') return;
        event.preventDefault();
        if (event.key === 'Home') virtualizer.scrollToIndex(0, { align: 'start' });
        else virtualizer.scrollToIndex(turnIds.length - 1, { align: 'end' });
      }}
    >
      {turnIds.length === 0 && (
        <p className="muted empty-chat">
          Ask for a restaurant, a hotel or a train. Enter sends, Shift+Enter adds a line, Esc stops.
        </p>
      )}
      {/* Spacers stand for the turns not rendered, so the scroll bar spans the whole log. */}
      <div aria-hidden="true" style={{ height: before }} />
      {items.map((item) => {
        const turnId = turnIds[item.index];
        if (turnId === undefined) return null;
        return (
          <div
            key={turnId}
            className="turn-slot"
            data-index={item.index}
            ref={virtualizer.measureElement}
          >
            <TurnView
              turnId={turnId}
              turnNumber={item.index + 1}
              selected={turnId === selectedId}
              onSelect={onSelectTurn}
            />
          </div>
        );
      })}
      <div aria-hidden="true" style={{ height: after }} />
    </div>
  );
}

/**
 * Keeps the newest text in view while the reader is at the bottom; leaves them be otherwise.
 * A conversation opens at its end. Rendering the last turns changes the spacers' heights as they
 * are measured, so style changes count as growth too.
 */
function useStickToBottom(
  listRef: React.RefObject<HTMLDivElement | null>,
  conversationId: string | undefined,
) {
  useEffect(() => {
    const list = listRef.current;
    if (!list || typeof MutationObserver === 'undefined') return;
    // Whether the reader was at the bottom is judged against the height before the change: a
    // jump to the top re-renders the list (spacers change) before any scroll listener can note
    // that the reader left the bottom, and must not be pulled back down.
    let knownHeight = list.scrollHeight;
    list.scrollTop = knownHeight;
    const observer = new MutationObserver(() => {
      if (knownHeight - list.scrollTop - list.clientHeight < 40) list.scrollTop = list.scrollHeight;
      knownHeight = list.scrollHeight;
    });
    observer.observe(list, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['style'],
    });
    return () => {
      observer.disconnect();
    };
  }, [listRef, conversationId]);
}
