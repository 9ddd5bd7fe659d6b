import type { Conversation } from '../../core/conversation/conversation';
import { bookingReferences } from '../../core/conversation/turn-bookings';
import { shownFrom, showVersion } from '../../core/conversation/turn-tree';
import type { ChatSlice, PendingRerun, RerunChoice, StandingBooking } from './chat-slice';
import { findConversation, persist, show, type ChatRuntime } from './chat-runtime';
import { runTurnSession } from './turn-session';

type VersionActions = Pick<
  ChatSlice,
  'regenerate' | 'editUserMessage' | 'resolveRerun' | 'showVersion'
>;

/**
 * Versions of a turn: regenerate (same message) and edit (new message) add a version beside the
 * turn and show it; the old one stays, one switch away. A booking is never dropped silently: when
 * a booking made by the replies about to leave the view still stands, the person is asked first
 * (cancel it, keep it, or leave the turn as it is), and a cancel goes through the Bookings
 * slice, the one cancel path, so the Bookings view and the turn's outcome mark agree.
 */
export function createVersionActions(runtime: ChatRuntime): VersionActions {
  const { api } = runtime;

  async function rerun(turnId: string, text: string, kind: PendingRerun['kind']): Promise<void> {
    const { activeId, pendingRerun } = api.get().chat;
    if (activeId === null || runtime.running || pendingRerun) return;
    const conversation = await findConversation(runtime, activeId);
    if (!conversation?.turns.some((turn) => turn.id === turnId)) return;
    const bookings = await standingBookings(conversation, turnId);
    if (bookings.length === 0) return runTurnSession(runtime, conversation, text, turnId);
    api.set({ pendingRerun: { conversationId: activeId, turnId, text, kind, bookings } });
  }

  /** The bookings made by the shown turns from `turnId` on that are not cancelled. */
  async function standingBookings(
    conversation: Conversation,
    turnId: string,
  ): Promise<StandingBooking[]> {
    const references = new Set(bookingReferences(shownFrom(conversation, turnId)));
    if (references.size === 0) return [];
    // Another tab may have cancelled one since this tab last looked.
    await api.get().bookings.refresh();
    return api
      .get()
      .bookings.items.flatMap((booking) =>
        references.has(booking.reference) && booking.status !== 'cancelled'
          ? [{ reference: booking.reference, label: `${booking.venueName} (${booking.kind})` }]
          : [],
      );
  }

  return {
    regenerate: async (turnId) => {
      const { activeId } = api.get().chat;
      const conversation =
        activeId === null ? undefined : await findConversation(runtime, activeId);
      const turn = conversation?.turns.find((candidate) => candidate.id === turnId);
      if (turn) await rerun(turnId, turn.user, 'regenerate');
    },
    async editUserMessage(turnId, text) {
      const edited = text.trim();
      if (edited.length > 0) await rerun(turnId, edited, 'edit');
    },
    async resolveRerun(choice: RerunChoice) {
      const pending = api.get().chat.pendingRerun;
      if (!pending) return;
      api.set({ pendingRerun: null });
      if (choice === 'dont-rerun') return;
      if (choice === 'cancel-bookings') {
        const { bookings } = api.get();
        for (const booking of pending.bookings) await bookings.cancel(booking.reference);
        const left = new Set(pending.bookings.map((booking) => booking.reference));
        const notCancelled = api
          .get()
          .bookings.items.filter((item) => left.has(item.reference) && item.status !== 'cancelled');
        if (notCancelled.length > 0) {
          runtime.notify.add(
            'error',
            `Booking ${notCancelled.map((item) => item.reference).join(', ')} could not be cancelled, so the reply was left as it is.`,
          );
          return;
        }
      }
      if (api.get().chat.activeId !== pending.conversationId) return;
      const conversation = await findConversation(runtime, pending.conversationId);
      if (conversation) await runTurnSession(runtime, conversation, pending.text, pending.turnId);
    },
    async showVersion(turnId) {
      const { activeId } = api.get().chat;
      // While a reply runs the shown path ends at it; switching away would hide it.
      if (activeId === null || runtime.running?.conversationId === activeId) return;
      const conversation = await findConversation(runtime, activeId);
      if (!conversation?.turns.some((turn) => turn.id === turnId)) return;
      const switched = showVersion(conversation, turnId, runtime.services.now());
      show(runtime, switched);
      persist(runtime, switched);
    },
  };
}
