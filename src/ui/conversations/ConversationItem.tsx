import { memo, useState } from 'react';
import type { ConversationSummary } from '../../store/chat/chat-slice';
import { useAppStore } from '../app-store-context';

// In the reader's own language and clock (12 or 24 hours).
const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export const ConversationItem = memo(function ConversationItem({
  summary,
  active,
  dayHeading,
  showDate,
  onOpened,
}: {
  summary: ConversationSummary;
  active: boolean;
  /** Set on the first row of a day group: the group's heading goes above this row. */
  dayHeading?: string | undefined;
  /** Rows under "Earlier" say the date; today's and yesterday's say the time. */
  showDate: boolean;
  onOpened: () => void;
}) {
  const openConversation = useAppStore((state) => state.chat.openConversation);
  const renameConversation = useAppStore((state) => state.chat.renameConversation);
  const deleteConversation = useAppStore((state) => state.chat.deleteConversation);
  const waiting = useAppStore(
    (state) => state.chat.pendingConfirmation?.conversationId === summary.id,
  );
  const [draft, setDraft] = useState<string | null>(null);
  const title = summary.title || 'Untitled';

  const heading = dayHeading && <h2 className="conversation-day">{dayHeading}</h2>;

  if (draft !== null) {
    const save = () => {
      const trimmed = draft.trim();
      if (trimmed) void renameConversation(summary.id, trimmed);
      setDraft(null);
    };
    return (
      <li className="conversation-item editing">
        {heading}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <input
            aria-label={`New title for ${title}`}
            value={draft}
            autoFocus
            onChange={(event) => setDraft(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.stopPropagation();
                setDraft(null);
              }
            }}
          />
          <button type="submit">Save</button>
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className={active ? 'conversation-item active' : 'conversation-item'}>
      {heading}
      <div className="conversation-row">
        <button
          type="button"
          className="conversation-open"
          aria-current={active ? 'true' : undefined}
          // The title is clamped to two lines; the tooltip shows all of it.
          title={title}
          onClick={() => {
            void openConversation(summary.id).then(onOpened);
          }}
        >
          <span className="conversation-title">{title}</span>
          {waiting && <span className="conversation-waiting small">Waiting for your decision</span>}
          <span className="muted small">
            {summary.turnCount} {summary.turnCount === 1 ? 'turn' : 'turns'} ·{' '}
            <time dateTime={new Date(summary.updatedAt).toISOString()}>
              {showDate
                ? dateFormat.format(summary.updatedAt)
                : timeFormat.format(summary.updatedAt)}
            </time>
          </span>
        </button>
        <button type="button" aria-label={`Rename ${title}`} onClick={() => setDraft(title)}>
          ✎
        </button>
        <button
          type="button"
          aria-label={`Delete ${title}`}
          onClick={() => void deleteConversation(summary.id)}
        >
          ✕
        </button>
      </div>
    </li>
  );
});
