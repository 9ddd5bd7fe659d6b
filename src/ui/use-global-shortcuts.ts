import { useEffect } from 'react';
import { useAppStore } from './app-store-context';

/** Ctrl/Cmd+K starts a new conversation and Escape stops a running reply, from anywhere. */
export function useGlobalShortcuts(showChat: () => void): void {
  const newConversation = useAppStore((state) => state.chat.newConversation);
  const stop = useAppStore((state) => state.chat.stop);
  const busy = useAppStore((state) => state.chat.busy);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        showChat();
        void newConversation().then(() => document.getElementById('message-input')?.focus());
      } else if (event.key === 'Escape' && busy) {
        stop();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [newConversation, stop, busy, showChat]);
}
