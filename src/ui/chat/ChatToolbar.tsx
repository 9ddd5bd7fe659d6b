import { useEffect, useState } from 'react';
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
  // A draft (no message yet) is not stored, so there is nothing to export.
  const hasTurns = useAppStore((state) => (state.chat.active?.turns.length ?? 0) > 0);
  const profile = useAppStore(
    (state) => state.chat.active?.profile ?? state.settings.defaultProfile,
  );
  const setDefaultProfile = useAppStore((state) => state.settings.setDefaultProfile);
  const busy = useAppStore((state) => state.chat.busy);
  const setProfile = useAppStore((state) => state.chat.setProfile);
  const exportConversation = useAppStore((state) => state.chat.exportConversation);
  const autoConfirm = useAppStore((state) => state.settings.autoConfirm);
  const setAutoConfirm = useAppStore((state) => state.settings.setAutoConfirm);
  // On a phone the options fold behind one button so that the toolbar stays one row.
  const [optionsOpen, setOptionsOpen] = useState(false);

  // The tab's title names the open conversation, which helps with several tabs open.
  useEffect(() => {
    document.title = title ? `${title} · CoALM Booking Agent` : 'CoALM Booking Agent';
  }, [title]);

  return (
    <div className="chat-toolbar">
      <h2 className="chat-title" title={title || undefined}>
        {title || 'New conversation'}
      </h2>
      <button
        type="button"
        className="narrow-only"
        aria-expanded={optionsOpen}
        aria-controls="chat-options"
        onClick={() => setOptionsOpen(!optionsOpen)}
      >
        Options
      </button>
      <div id="chat-options" className={optionsOpen ? 'chat-options open' : 'chat-options'}>
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
        {activeId && hasTurns && (
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
    </div>
  );
}
