import type { KeyValueStore } from '../storage/key-value-store';
import type { Conversation, Turn } from './conversation';
import { createConversationRepository } from './conversation-repository';

/** Small hand-built records for the conversation tests. */
export function makeTurn(user: string, reply: string, overrides: Partial<Turn> = {}): Turn {
  return {
    id: `turn-${user}`,
    user,
    steps: [],
    reply,
    status: 'complete',
    startedAt: 1,
    ...overrides,
  };
}

export function makeConversation(id: string, overrides: Partial<Conversation> = {}): Conversation {
  return {
    id,
    title: `Conversation ${id}`,
    createdAt: 1,
    updatedAt: 10,
    profile: 'cra-exact',
    turns: [],
    ...overrides,
  };
}

/** A stored conversation with its turns, as a fresh tab would read it (undefined if none). */
export async function readStoredConversation(
  store: KeyValueStore,
  id: string,
): Promise<Conversation | undefined> {
  const loaded = await createConversationRepository(store).loadConversation(id);
  return loaded.status === 'ok' ? loaded.conversation : undefined;
}
