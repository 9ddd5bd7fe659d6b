import type { Conversation, Turn } from './conversation';

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
