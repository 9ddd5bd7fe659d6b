import { selectShownConfirmation } from '../../store/chat/chat-slice';
import { useAppStore } from '../app-store-context';

/** What the agent is about to book, held until the user confirms or declines. */
export function ConfirmationCard() {
  // Only the open conversation's card: confirming answers for the conversation on screen.
  const pending = useAppStore((state) => selectShownConfirmation(state.chat));
  const resolveConfirmation = useAppStore((state) => state.chat.resolveConfirmation);
  if (!pending) return null;
  const answer = (confirmed: boolean) => {
    resolveConfirmation(pending.conversationId, confirmed);
    // The card disappears with the focused button; give the keyboard back to the message box.
    document.getElementById('message-input')?.focus();
  };
  return (
    <section className="confirmation-card" role="group" aria-labelledby="confirmation-heading">
      <h3 id="confirmation-heading">Confirm booking</h3>
      <p>{pending.summary}</p>
      <dl>
        {Object.entries(pending.details).map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="confirmation-buttons">
        <button type="button" className="primary" onClick={() => answer(true)}>
          Confirm
        </button>
        <button type="button" onClick={() => answer(false)}>
          Decline
        </button>
      </div>
    </section>
  );
}
