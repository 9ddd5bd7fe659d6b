import { useEffect, useRef, useState } from 'react';
import type { EngineStatus } from '../../store/engine/engine-types';
import { useAppStore } from '../app-store-context';

/**
 * The message box: Enter sends, Shift+Enter adds a line; Stop ends a running reply. A message is
 * never thrown away: while nothing can answer it stays in the box with a note saying why and
 * what to do, and the person sends it again once a model (or the demo) is ready. It is not sent
 * by itself later: the person may want to change it, and a reply appearing unasked is a surprise.
 */
export function Composer() {
  const ready = useAppStore((state) => state.chat.ready);
  const busy = useAppStore((state) => state.chat.busy);
  const send = useAppStore((state) => state.chat.send);
  const stop = useAppStore((state) => state.chat.stop);
  const engineStatus = useAppStore((state) => state.engine.status);
  const answering = engineStatus === 'ready' || engineStatus === 'scripted';
  const [text, setText] = useState('');
  const [held, setHeld] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  // The message box is where a person starts: it takes focus when the chat opens (and after the
  // control that had focus went away, e.g. the first-run buttons), never from another control.
  useEffect(() => {
    if (ready && (document.activeElement === null || document.activeElement === document.body))
      input.current?.focus();
  }, [ready, answering]);

  const submit = () => {
    const message = text.trim();
    if (!message || busy || !ready) return;
    if (!answering) {
      setHeld(true);
      return;
    }
    setHeld(false);
    setText('');
    // Refused after all (another conversation's reply still runs): the text comes back, unless
    // the person has started typing something else meanwhile.
    void send(message).then((sent) => {
      if (!sent) setText((current) => (current === '' ? message : current));
    });
  };
  const note = held && !answering ? heldNote(engineStatus) : null;

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="composer-box">
        <textarea
          id="message-input"
          ref={input}
          aria-label="Message"
          aria-describedby="composer-note"
          placeholder="Message the agent"
          rows={2}
          disabled={!ready}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
              event.preventDefault();
              submit();
            }
          }}
        />
        {/* Present before it has text, so that its message is announced when it appears. */}
        <p id="composer-note" role="status" className="composer-note">
          {note}
        </p>
      </div>
      {busy ? (
        <button type="button" onClick={stop} aria-keyshortcuts="Escape">
          Stop
        </button>
      ) : (
        <button type="submit" className="primary" disabled={!ready || text.trim() === ''}>
          Send
        </button>
      )}
    </form>
  );
}

function heldNote(status: EngineStatus): string {
  if (status === 'loading')
    return 'Not sent yet: the model is still loading. Your message stays here; send it once the model is ready.';
  return (
    'Not sent: no model is ready to answer. Load a model, connect to a model server, or try the ' +
    'demo (the buttons above); your message stays here until you send it.'
  );
}
