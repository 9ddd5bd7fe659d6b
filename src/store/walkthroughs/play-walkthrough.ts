import type { OracleReplay } from './oracle-replay';
import type { WalkthroughSlice, WalkthroughApi } from './walkthrough-types';

type PlayActions = Pick<WalkthroughSlice, 'select' | 'playNext' | 'playAuto' | 'stopAuto'>;

/** Plays the selected walkthrough's user side, turn by turn, into a chat conversation. */
export function createPlayActions(api: WalkthroughApi): PlayActions {
  const own = () => api.get().walkthroughs;
  const selected = () => own().walkthroughs.find((item) => item.id === own().selectedId);
  // The oracle replay answering the walkthrough being played, when no model does.
  let replay: OracleReplay | null = null;
  const correctReplay = () => {
    const active = api.get().chat?.active;
    if (replay && active && active.id === own().conversationId) replay.correctFrom(active.turns);
  };

  /** The walkthrough's conversation, opened again (or created) if the chat moved elsewhere. */
  async function openWalkthroughConversation(title: string) {
    const chat = api.get().chat;
    const playedInto = own().conversationId;
    if (playedInto && chat.activeId !== playedInto)
      await chat.openConversation(playedInto).catch(() => undefined);
    if (playedInto && api.get().chat.activeId === playedInto) return;
    // Walkthroughs are written for the generated world, whatever the chat's setting.
    const id = await chat.newConversation(undefined, 'generated');
    await chat.renameConversation(id, `Walkthrough: ${title}`);
    api.set({ conversationId: id });
  }

  return {
    select(id) {
      if (own().playing) return;
      api.set({ selectedId: id, turnIndex: 0, conversationId: null, autoPlaying: false });
    },

    async playNext() {
      const walkthrough = selected();
      const chat = api.get().chat;
      const turn = walkthrough?.turns[own().turnIndex];
      if (!walkthrough || !turn || !chat || own().playing || chat.busy) return;
      const stopped = own().turnIndex > 0 ? replay?.divergence() : null;
      if (stopped) {
        api.set({ error: stopped, autoPlaying: false });
        return;
      }
      api.set({ playing: true, error: null });
      try {
        const work = async () => {
          await openWalkthroughConversation(walkthrough.title);
          // The replay holds the whole walkthrough's outputs, so it is installed at the start.
          if (own().turnIndex === 0) {
            const profile = api.get().chat.active?.profile ?? 'cra-exact';
            // The oracle and the evaluation world load with the first walkthrough played.
            const { replayOracleUnlessModelLoaded } = await import('./oracle-replay');
            replay = await replayOracleUnlessModelLoaded(
              () => api.get().engine,
              walkthrough,
              profile,
            );
          }
          const before = api.get().chat.active?.turns.length ?? 0;
          await api.get().chat.send(turn.user);
          // The chat slice sends nothing without a model; say why instead of skipping the turn.
          if ((api.get().chat.active?.turns.length ?? 0) === before)
            throw new Error(
              'No model answered: wait for the model to finish loading, or unload it to replay the walkthrough with scripted replies.',
            );
        };
        await autoConfirmWhile(api, work, correctReplay);
        api.set((current) => ({ turnIndex: current.turnIndex + 1 }));
        const divergence = replay?.divergence();
        if (divergence) api.set({ error: divergence, autoPlaying: false });
      } catch (error) {
        api.set({
          error: error instanceof Error ? error.message : String(error),
          autoPlaying: false,
        });
      } finally {
        api.set({ playing: false });
      }
    },

    async playAuto() {
      api.set({ autoPlaying: true });
      while (own().autoPlaying && (selected()?.turns.length ?? 0) > own().turnIndex) {
        const before = own().turnIndex;
        await own().playNext();
        if (own().turnIndex === before) break;
      }
      api.set({ autoPlaying: false });
    },

    stopAuto() {
      api.set({ autoPlaying: false });
    },
  };
}

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
    const { conversationId } = api.get().walkthroughs;
    // Refused while another conversation is shown; any store change (opening it) tries again.
    if (conversationId && chat?.pendingConfirmation?.conversationId === conversationId)
      chat.resolveConfirmation(conversationId, true);
  };
  const unsubscribe = api.subscribe(confirmPending);
  try {
    await work();
  } finally {
    unsubscribe();
  }
}
