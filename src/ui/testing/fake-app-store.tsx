import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Conversation, Turn } from '../../core/conversation/conversation';
import type { AppState } from '../../store/app-store';
import type { BookingsSlice } from '../../store/bookings/bookings-slice';
import { initialChatState, type ChatSlice } from '../../store/chat/chat-slice';
import { AppStoreProvider } from '../app-store-context';

/** A chat slice with spies for every action, so component tests check what the UI calls. */
export function fakeChatSlice(overrides: Partial<ChatSlice> = {}): ChatSlice {
  const file = { filename: 'x.json', mimeType: 'application/json', text: '{}' };
  return {
    ...initialChatState(),
    ready: true,
    init: vi.fn(async () => {}),
    newConversation: vi.fn(async () => 'new-id'),
    openConversation: vi.fn(async () => {}),
    renameConversation: vi.fn(async () => {}),
    deleteConversation: vi.fn(async () => {}),
    undoDelete: vi.fn(async () => {}),
    setProfile: vi.fn(async () => {}),
    send: vi.fn(async () => true),
    stop: vi.fn(),
    regenerate: vi.fn(async () => {}),
    editUserMessage: vi.fn(async () => {}),
    resolveRerun: vi.fn(async () => {}),
    showVersion: vi.fn(async () => {}),
    resolveConfirmation: vi.fn(),
    exportConversation: vi.fn(async () => file),
    exportAll: vi.fn(async () => file),
    importFile: vi.fn(async () => ({ ok: true, message: 'Imported 1 conversation.' })),
    resolveImport: vi.fn(),
    dismissNotice: vi.fn(),
    noticeAction: vi.fn(async () => {}),
    ...overrides,
  };
}

export function fakeAppStore(
  chat: Partial<ChatSlice> = {},
  bookings: BookingsSlice['items'] = [],
): StoreApi<AppState> {
  return createStore<AppState>()(
    () =>
      ({
        chat: fakeChatSlice(chat),
        settings: {
          autoConfirm: false,
          defaultProfile: 'cra-exact',
          world: 'generated',
          worldLoad: null,
          load: vi.fn(async () => {}),
          setWorld: vi.fn(async () => {}),
          openWorld: vi.fn(async () => null),
          setAutoConfirm: vi.fn(async () => {}),
          setDefaultProfile: vi.fn(async () => {}),
        },
        bookings: {
          items: bookings,
          refresh: vi.fn(async () => {}),
          cancel: vi.fn(async () => {}),
        },
        engine: {
          status: 'scripted',
          label: 'Scripted',
          getChatModel: () => null,
          // No model-server link waiting: the header's confirmation stays hidden.
          server: { pendingLink: null, linkError: null, connected: false },
        },
        walkthroughs: { selectedId: null },
        update: {
          offlineReady: false,
          offlineNoteDismissed: false,
          updateReady: false,
          applying: false,
          error: null,
          reloadPending: false,
          start: vi.fn(),
          applyUpdate: vi.fn(async () => false),
          dismissOfflineNote: vi.fn(),
        },
      }) as unknown as AppState,
  );
}

export function renderWithStore(element: ReactElement, store: StoreApi<AppState>) {
  return render(<AppStoreProvider store={store}>{element}</AppStoreProvider>);
}

export function makeTurn(id: string, overrides: Partial<Turn> = {}): Turn {
  return {
    id,
    user: `question ${id}`,
    steps: [],
    reply: `answer ${id}`,
    status: 'complete',
    startedAt: 1,
    endedAt: 2,
    ...overrides,
  };
}

export function makeConversation(
  turns: Turn[],
  overrides: Partial<Conversation> = {},
): Conversation {
  return {
    id: 'c1',
    title: 'Dinner',
    createdAt: 1,
    updatedAt: 2,
    profile: 'cra-exact',
    turns,
    ...overrides,
  };
}

/** Replaces one turn the way the store does (new objects on the path, others kept). */
export function replaceTurn(store: StoreApi<AppState>, turn: Turn): void {
  const state = store.getState();
  const active = state.chat.active;
  if (!active) throw new Error('no active conversation');
  store.setState({
    chat: {
      ...state.chat,
      active: {
        ...active,
        turns: active.turns.map((existing) => (existing.id === turn.id ? turn : existing)),
      },
    },
  });
}
