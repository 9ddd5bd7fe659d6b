import { useEffect, useRef, useState } from 'react';
import { useAppStore } from '../app-store-context';

/** The message box: Enter sends, Shift+Enter adds a line; Stop ends a running reply. */
export function Composer() {
  const ready = useAppStore((state) => state.chat.ready);
  const busy = useAppStore((state) => state.chat.busy);
  const activeId = useAppStore((state) => state.chat.activeId);
  const send = useAppStore((state) => state.chat.send);
  const stop = useAppStore((state) => state.chat.stop);
  const newConversation = useAppStore((state) => state.chat.newConversation);
  const answering = useAppStore(
    (state) => state.engine.status === 'ready' || state.engine.status === 'scripted',
  );
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  // The message box is where a person starts: it takes focus when the chat opens (and after the
  // control that had focus went away, e.g. the first-run buttons), never from another control.
  useEffect(() => {
    if (ready && (document.activeElement === null || document.activeElement === document.body))
      input.current?.focus();
  }, [ready, answering]);

  const submit = async () => {
    const message = text.trim();
    if (!message || busy || !ready) return;
    setText('');
    if (!activeId) await newConversation();
    await send(message);
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <textarea
        id="message-input"
        ref={input}
        aria-label="Message"
        placeholder="Message the agent"
        rows={2}
        disabled={!ready}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void submit();
          }
        }}
      />
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
