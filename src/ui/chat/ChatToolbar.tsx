import { useEffect } from 'react';
import type { PromptProfileId } from '../../core/conversation/conversation';
import { useAppStore } from '../app-store-context';
import { downloadFile } from '../download-file';
import { WorldPicker } from './WorldPicker';

const profiles: { id: PromptProfileId; label: string }[] = [
  { id: 'cra-exact', label: 'CRA exact (as trained)' },
  { id: 'cra-chat', label: 'CRA chat (reuses the cache)' },
];

export function ChatToolbar() {
  const activeId = useAppStore((state) => state.chat.activeId);
  const title = useAppStore((state) => state.chat.active?.title);
  const profile = useAppStore(
    (state) => state.chat.active?.profile ?? state.settings.defaultProfile,
  );
  const setDefaultProfile = useAppStore((state) => state.settings.setDefaultProfile);
  const busy = useAppStore((state) => state.chat.busy);
  const setProfile = useAppStore((state) => state.chat.setProfile);
  const exportConversation = useAppStore((state) => state.chat.exportConversation);
  const autoConfirm = useAppStore((state) => state.settings.autoConfirm);
  const setAutoConfirm = useAppStore((state) => state.settings.setAutoConfirm);

  // The tab's title names the open conversation, which helps with several tabs open.
  useEffect(() => {
    document.title = title ? `${title} · CoALM Booking Agent` : 'CoALM Booking Agent';
  }, [title]);

  return (
    <div className="chat-toolbar">
      <h2 className="chat-title">{title || 'New conversation'}</h2>
      <label>
        Prompt profile{' '}
        <select
          value={profile}
          disabled={busy}
          onChange={(event) => {
            // Before the first message there is no conversation yet: the choice becomes the
            // profile new conversations start with.
            const chosen = event.target.value as PromptProfileId;
            void (activeId ? setProfile(chosen) : setDefaultProfile(chosen));
          }}
        >
          {profiles.map(({ id, label }) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <WorldPicker />
      <label>
        <input
          type="checkbox"
          checked={autoConfirm}
          onChange={(event) => void setAutoConfirm(event.target.checked)}
        />{' '}
        Confirm bookings automatically
      </label>
      {activeId && (
        <span className="export-buttons">
          <button
            type="button"
            onClick={() => void exportConversation(activeId, 'json').then(downloadFile)}
          >
            Export JSON
          </button>
          <button
            type="button"
            onClick={() => void exportConversation(activeId, 'markdown').then(downloadFile)}
          >
            Export Markdown
          </button>
        </span>
      )}
    </div>
  );
}
