import type { WalkthroughApi } from './walkthrough-types';

/**
 * Bookings confirm themselves while a walkthrough plays: the user side is scripted.
 * `onChange` also hears every store change meanwhile.
 */
export async function autoConfirmWhile(
  api: WalkthroughApi,
  work: () => Promise<void>,
  onChange: () => void = () => undefined,
) {
  const confirmPending = () => {
    onChange();
    const chat = api.get().chat;
    if (chat?.pendingConfirmation?.conversationId === api.get().walkthroughs.conversationId)
      chat.resolveConfirmation(true);
  };
  const unsubscribe = api.subscribe(confirmPending);
  try {
    await work();
  } finally {
    unsubscribe();
  }
}
