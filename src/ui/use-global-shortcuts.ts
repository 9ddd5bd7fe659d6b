import { useEffect } from 'react';
import { useAppStore } from './app-store-context';

/** Every keyboard shortcut, listed once: the "?" sheet shows this list. */
export const shortcuts: { keys: string; action: string }[] = [
  { keys: 'Tab', action: 'Go to the message box (when nothing has focus)' },
  { keys: 'Enter', action: 'Send the message' },
  { keys: 'Shift+Enter', action: 'New line in the message' },
  { keys: 'Escape', action: 'Stop a running reply, cancel an edit, or close a dialog' },
  { keys: 'Ctrl+K / ⌘K', action: 'New conversation (from anywhere)' },
  { keys: '← →', action: 'Move between the Trace, State and Bookings tabs' },
  { keys: 'Home / End', action: 'In the messages: jump to the first or the last turn' },
  { keys: '?', action: 'Show these shortcuts' },
];

/** Whether a key press is typing into a field (where "?" is a character, not a shortcut). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The message box, when Tab should land on it: nothing has focus (the page just loaded, or the
 * focused control went away) and no dialog is open. The box is the first Tab stop of the chat
 * this way without reordering the page, whose reading order stays header, list, chat, details.
 */
function messageBoxForFirstTab(): HTMLTextAreaElement | null {
  const active = document.activeElement;
  if (active && active !== document.body) return null;
  if (document.querySelector('dialog[open]')) return null;
  const box = document.getElementById('message-input');
  return box instanceof HTMLTextAreaElement && !box.disabled ? box : null;
}

/**
 * Tab from nowhere goes to the message box; Ctrl/Cmd+K starts a new conversation and Escape stops a running reply, from anywhere; "?"
 * outside a text field opens the shortcut sheet.
 */
export function useGlobalShortcuts(showChat: () => void, showShortcuts: () => void): void {
  const newConversation = useAppStore((state) => state.chat.newConversation);
  const stop = useAppStore((state) => state.chat.stop);
  const busy = useAppStore((state) => state.chat.busy);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        showChat();
        void newConversation().then(() => document.getElementById('message-input')?.focus());
      } else if (event.key === 'Tab' && !event.shiftKey && messageBoxForFirstTab()) {
        event.preventDefault();
        messageBoxForFirstTab()?.focus();
      } else if (event.key === 'Escape' && busy) {
        stop();
      } else if (event.key === '?' && !event.ctrlKey && !event.metaKey && !isTyping(event.target)) {
        event.preventDefault();
        showShortcuts();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [newConversation, stop, busy, showChat, showShortcuts]);
}
