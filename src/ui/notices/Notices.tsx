import { useState } from 'react';
import type { Notice } from '../../store/chat/chat-slice';
import { useAppStore } from '../app-store-context';
import { orderNotices, urgentKinds } from './order-notices';
import './notices.css';

/**
 * The store's notices in one area: the first of them (urgent ones first, then the newest) and,
 * when there are more, "+N more" to unfold the rest, so notices never stack into a wall of
 * banners. Urgent ones interrupt (role alert), the rest are polite statuses.
 */
export function Notices() {
  const notices = useAppStore((state) => state.chat.notices);
  const dismissNotice = useAppStore((state) => state.chat.dismissNotice);
  const [expanded, setExpanded] = useState(false);
  if (notices.length === 0) return null;
  const [first, ...rest] = orderNotices(notices);
  return (
    <div className="notices">
      {first && <NoticeRow notice={first} />}
      {rest.length > 0 && (
        <div className="notices-more">
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls="more-notices"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? 'Show fewer' : `+${rest.length} more`}
          </button>
          <button
            type="button"
            onClick={() => {
              for (const notice of notices) dismissNotice(notice.id);
            }}
          >
            Dismiss all
          </button>
        </div>
      )}
      {rest.length > 0 && expanded && (
        <div id="more-notices" className="notices-rest">
          {rest.map((notice) => (
            <NoticeRow key={notice.id} notice={notice} />
          ))}
        </div>
      )}
    </div>
  );
}

function NoticeRow({ notice }: { notice: Notice }) {
  const dismissNotice = useAppStore((state) => state.chat.dismissNotice);
  const noticeAction = useAppStore((state) => state.chat.noticeAction);
  return (
    <div
      role={urgentKinds.has(notice.kind) ? 'alert' : 'status'}
      className={`notice ${notice.kind}`}
    >
      <span>{notice.message}</span>
      {notice.actionLabel && (
        <button type="button" onClick={() => void noticeAction(notice.id)}>
          {notice.actionLabel}
        </button>
      )}
      <button
        type="button"
        aria-label={`Dismiss: ${notice.message}`}
        onClick={() => dismissNotice(notice.id)}
      >
        ×
      </button>
    </div>
  );
}
