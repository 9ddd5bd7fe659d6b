import { memo, useState } from 'react';
import type { Turn } from '../../core/conversation/conversation';
import type { AppState } from '../../store/app-store';
import { selectTurnUnloaded } from '../../store/chat/chat-slice';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore, useAppStoreThrottled } from '../app-store-context';
import { Markdown } from '../markdown/Markdown';
import { bookingOutcomes } from './booking-outcome';
import { TurnActions } from './TurnActions';

const statusLabels: Partial<Record<Turn['status'], string>> = {
  interrupted: 'interrupted',
  aborted: 'stopped',
  error: 'failed',
};

function selectCancelledReferences(state: AppState): string[] {
  return state.bookings.items.flatMap((booking) =>
    booking.status === 'cancelled' ? [booking.reference] : [],
  );
}

function selectTurn(state: AppState, turnId: string): Turn | undefined {
  return state.chat.active?.turns.find((turn) => turn.id === turnId);
}

/** One user message and the agent's reply. Memoised: only the turn being written re-renders. */
export const TurnView = memo(function TurnView({
  turnId,
  turnNumber,
  selected,
  onSelect,
}: {
  turnId: string;
  turnNumber: number;
  selected: boolean;
  onSelect: (turnId: string) => void;
}) {
  const turn = useAppStoreThrottled((state) => selectTurn(state, turnId));
  const unloaded = useAppStore((state) => selectTurnUnloaded(state.chat, turnId));
  const cancelled = useAppStore(useShallow(selectCancelledReferences));
  const busy = useAppStore((state) => state.chat.busy);
  const [editing, setEditing] = useState(false);
  if (!turn) return null;
  if (unloaded)
    // A long conversation opens at its end; the turns above it arrive a moment later.
    return (
      <article className="turn unloaded" aria-label={`Turn ${turnNumber}`} aria-busy="true">
        <p className="muted small">Loading this turn…</p>
      </article>
    );
  const streaming = turn.status === 'streaming';
  const statusLabel = statusLabels[turn.status];
  const calls = turn.steps.flatMap((step) => (step.call ? [step.call.name] : []));
  const outcomes = bookingOutcomes(turn, new Set(cancelled));
  const failure =
    turn.status === 'error' ? turn.steps.findLast((step) => step.error)?.error : undefined;

  return (
    <article className={selected ? 'turn selected' : 'turn'} aria-label={`Turn ${turnNumber}`}>
      {editing ? (
        <TurnEditor
          turnId={turnId}
          turnNumber={turnNumber}
          initialText={turn.user}
          onDone={() => setEditing(false)}
        />
      ) : (
        <div className="message user">
          <span className="role">You</span>{' '}
          <time className="muted small" dateTime={new Date(turn.startedAt).toISOString()}>
            {formatTurnTime(turn.startedAt)}
          </time>
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
        {outcomes.map((outcome, index) => (
          <p key={index} className={`booking-outcome ${outcome.kind} small`}>
            {outcome.reference ? (
              <>
                Booking reference: <code>{outcome.reference}</code>
                {outcome.text}
              </>
            ) : (
              outcome.text
            )}
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
        canChange={!busy && !streaming && !editing}
        onEdit={() => setEditing(true)}
        replyToCopy={streaming ? undefined : turn.reply}
      />
    </article>
  );
});

/** Editing a message sends it as a new version of its turn; the old version is kept. */
function TurnEditor({
  turnId,
  turnNumber,
  initialText,
  onDone,
}: {
  turnId: string;
  turnNumber: number;
  initialText: string;
  onDone: () => void;
}) {
  const editUserMessage = useAppStore((state) => state.chat.editUserMessage);
  const [text, setText] = useState(initialText);
  const resend = () => {
    if (!text.trim()) return;
    onDone();
    void editUserMessage(turnId, text.trim());
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
        aria-label={`Edit your message ${turnNumber}`}
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

/** Hours and minutes today; the date too for an older turn. */
function formatTurnTime(time: number): string {
  const date = new Date(time);
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
