import { useDeferredValue, useState } from 'react';
import { searchConversations } from '../../store/chat/chat-slice';
import { useAppStore } from '../app-store-context';
import { ConversationItem } from './ConversationItem';
import { groupByDay } from './group-by-day';
import { TransferControls } from './TransferControls';
import { useNow } from './use-now';

// A thousand stored conversations should not cost a thousand rows at start-up: show a page and
// let the reader ask for more (search always covers all of them).
const pageSize = 50;

/**
 * The conversations, newest first, under Today / Yesterday / Earlier. One list keeps them all
 * (a screen reader hears "list, 12 items"); each day's first row carries that day's heading,
 * so the headings are real headings to jump between.
 */
export function ConversationList({ onOpened }: { onOpened: () => void }) {
  const summaries = useAppStore((state) => state.chat.summaries);
  const activeId = useAppStore((state) => state.chat.activeId);
  const lastDeleted = useAppStore((state) => state.chat.lastDeleted);
  const newConversation = useAppStore((state) => state.chat.newConversation);
  const undoDelete = useAppStore((state) => state.chat.undoDelete);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(pageSize);
  const now = useNow();
  const deferredQuery = useDeferredValue(query);
  const visible = searchConversations(summaries, deferredQuery);
  const groups = groupByDay(visible.slice(0, shown), now);

  return (
    <div className="conversation-list">
      <button
        type="button"
        className="primary"
        aria-keyshortcuts="Control+K Meta+K"
        onClick={() => {
          void newConversation().then(onOpened);
        }}
      >
        New conversation
      </button>
      <input
        type="search"
        aria-label="Search conversations"
        placeholder="Search titles, messages and replies"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {lastDeleted && (
        <div role="status" className="undo-bar">
          Deleted “{lastDeleted.title}”.{' '}
          <button type="button" onClick={() => void undoDelete()}>
            Undo
          </button>
        </div>
      )}
      <ul className="conversation-items" aria-label="Conversation list">
        {groups.flatMap((group) =>
          group.summaries.map((summary, index) => (
            <ConversationItem
              key={summary.id}
              summary={summary}
              active={summary.id === activeId}
              dayHeading={index === 0 ? group.label : undefined}
              showDate={group.label === 'Earlier'}
              onOpened={onOpened}
            />
          )),
        )}
      </ul>
      {visible.length > shown && (
        <button type="button" onClick={() => setShown(shown + pageSize)}>
          Show more ({visible.length - shown} hidden)
        </button>
      )}
      {visible.length === 0 && (
        <p className="muted">{query ? 'No conversation matches.' : 'No conversations yet.'}</p>
      )}
      <TransferControls />
    </div>
  );
}
