import type { Notice } from '../../store/chat/chat-slice';

/** Notices that need the person now: they interrupt (role alert) and come first. */
export const urgentKinds: ReadonlySet<Notice['kind']> = new Set<Notice['kind']>([
  'storage-full',
  'corrupt-records',
  'error',
  'engine',
]);

/** Urgent notices first, then the rest; within each, the newest (last added) first. */
export function orderNotices(notices: readonly Notice[]): Notice[] {
  const newestFirst = [...notices].reverse();
  return [
    ...newestFirst.filter((notice) => urgentKinds.has(notice.kind)),
    ...newestFirst.filter((notice) => !urgentKinds.has(notice.kind)),
  ];
}
