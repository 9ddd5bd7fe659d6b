import { useAppStore } from '../app-store-context';
import type { Notice } from '../../store/chat/chat-slice';

const urgentKinds = new Set<Notice['kind']>(['storage-full', 'corrupt-records', 'error', 'engine']);

/** Store notices as dismissible alerts; urgent ones interrupt, the rest are polite statuses. */
export function Notices() {
  const notices = useAppStore((state) => state.chat.notices);
  const dismissNotice = useAppStore((state) => state.chat.dismissNotice);
  const noticeAction = useAppStore((state) => state.chat.noticeAction);
  if (notices.length === 0) return null;
  return (
    <div className="notices">
      {notices.map((notice) => (
        <div
          key={notice.id}
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
      ))}
    </div>
  );
}
