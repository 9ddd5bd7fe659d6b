import { memo, useState } from 'react';
import type { Turn } from '../../core/conversation/conversation';
import type { AppState } from '../../store/app-store';
import { useAppStore, useAppStoreThrottled } from '../app-store-context';
import { Markdown } from '../markdown/Markdown';
import { TurnActions } from './TurnActions';

const statusLabels: Partial<Record<Turn['status'], string>> = {
  interrupted: 'interrupted',
  aborted: 'stopped',
  error: 'failed',
};

function selectTurn(state: AppState, turnId: string): Turn | undefined {
  return state.chat.active?.turns.find((turn) => turn.id === turnId);
}

/** One user message and the agent's reply. Memoised: only the turn being written re-renders. */
export const TurnView = memo(function TurnView({
  turnId,
  turnNumber,
  isLast,
  selected,
  onSelect,
}: {
  turnId: string;
  turnNumber: number;
  isLast: boolean;
  selected: boolean;
  onSelect: (turnId: string) => void;
}) {
  const turn = useAppStoreThrottled((state) => selectTurn(state, turnId));
  const busy = useAppStore((state) => state.chat.busy);
  const [editing, setEditing] = useState(false);
  if (!turn) return null;
  const streaming = turn.status === 'streaming';
  const statusLabel = statusLabels[turn.status];
  const calls = turn.steps.flatMap((step) => (step.call ? [step.call.name] : []));
  const references = turn.steps.flatMap((step) => {
    const reference = step.result?.ok ? step.result.data.reference : undefined;
    return typeof reference === 'string' ? [reference] : [];
  });
  const failure =
    turn.status === 'error' ? turn.steps.findLast((step) => step.error)?.error : undefined;

  return (
    <article className={selected ? 'turn selected' : 'turn'} aria-label={`Turn ${turnNumber}`}>
      {editing ? (
        <TurnEditor initialText={turn.user} onDone={() => setEditing(false)} />
      ) : (
        <div className="message user">
          <span className="role">You</span>
          <p className="plain-text">{turn.user}</p>
        </div>
      )}
      <div className="message assistant">
        <span className="role">Agent</span>
        {calls.length > 0 && <p className="tool-activity muted small">Used {calls.join(', ')}</p>}
        {(streaming || turn.reply) && (
          // Hidden from assistive technology while it grows: the live log announces the reply
          // once, when it is finished.
          <div className="reply" aria-hidden={streaming || undefined}>
            <Markdown text={turn.reply || '…'} streaming={streaming} />
          </div>
        )}
        {references.map((reference) => (
          <p key={reference} className="booking-reference small">
            Booking reference: <code>{reference}</code>
          </p>
        ))}
        {statusLabel && <span className={`turn-status ${turn.status}`}>{statusLabel}</span>}
        {failure && <p className="turn-failure small">{failure}</p>}
      </div>
      <TurnActions
        turnId={turnId}
        turnNumber={turnNumber}
        selected={selected}
        onSelect={onSelect}
        canChange={isLast && !busy && !streaming && !editing}
        onEdit={() => setEditing(true)}
      />
    </article>
  );
});

function TurnEditor({ initialText, onDone }: { initialText: string; onDone: () => void }) {
  const editLastUserMessage = useAppStore((state) => state.chat.editLastUserMessage);
  const [text, setText] = useState(initialText);
  const resend = () => {
    if (!text.trim()) return;
    onDone();
    void editLastUserMessage(text.trim());
  };
  return (
    <form
      className="message user editing"
      onSubmit={(event) => {
        event.preventDefault();
        resend();
      }}
    >
      <textarea
        aria-label="Edit your message"
        value={text}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            resend();
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            onDone();
          }
        }}
      />
      <button type="submit">Resend</button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
