import { memo, useState } from 'react';
import type { ConversationSummary } from '../../store/chat/chat-slice';
import { useAppStore } from '../app-store-context';

export const ConversationItem = memo(function ConversationItem({
  summary,
  active,
  onOpened,
}: {
  summary: ConversationSummary;
  active: boolean;
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

  if (draft !== null) {
    const save = () => {
      const trimmed = draft.trim();
      if (trimmed) void renameConversation(summary.id, trimmed);
      setDraft(null);
    };
    return (
      <li className="conversation-item editing">
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
      <button
        type="button"
        className="conversation-open"
        aria-current={active ? 'true' : undefined}
        onClick={() => {
          void openConversation(summary.id).then(onOpened);
        }}
      >
        <span className="conversation-title">{title}</span>
        {waiting && <span className="conversation-waiting small">Waiting for your decision</span>}
        <span className="muted small">
          {summary.turnCount} {summary.turnCount === 1 ? 'turn' : 'turns'}
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
    </li>
  );
});
