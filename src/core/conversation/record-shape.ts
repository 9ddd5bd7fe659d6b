import type { Conversation, Turn } from './conversation';
import type { ConversationSummary } from './conversation-summary';

// Hand-written guards (the core takes no zod): enough to know a stored record can be rendered
// without crashing, not a full schema. Import files get the strict zod check in the store layer.

type UnknownRecord = Record<string, unknown>;

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Records written as JSON text by an older build, or damaged, come back as strings. */
export function decodeRecord(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return undefined;
  }
}

export function isTurn(value: unknown): value is Turn {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.user === 'string' &&
    typeof value.reply === 'string' &&
    typeof value.status === 'string' &&
    isFiniteNumber(value.startedAt) &&
    Array.isArray(value.steps) &&
    value.steps.every(isRecord) &&
    (value.parentId === undefined || value.parentId === null || typeof value.parentId === 'string')
  );
}

export function isConversation(value: unknown): value is Conversation {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    isFiniteNumber(value.createdAt) &&
    isFiniteNumber(value.updatedAt) &&
    (value.profile === 'cra-exact' || value.profile === 'cra-chat') &&
    Array.isArray(value.turns) &&
    value.turns.every(isTurn) &&
    (value.metaUpdatedAt === undefined || isFiniteNumber(value.metaUpdatedAt)) &&
    (value.removedTurnIds === undefined ||
      (Array.isArray(value.removedTurnIds) &&
        value.removedTurnIds.every((id) => typeof id === 'string'))) &&
    (value.activeChildren === undefined ||
      (isRecord(value.activeChildren) &&
        Object.values(value.activeChildren).every((id) => typeof id === 'string'))) &&
    (value.pathUpdatedAt === undefined || isFiniteNumber(value.pathUpdatedAt))
  );
}

export function isConversationSummary(value: unknown): value is ConversationSummary {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.title === 'string' &&
    isFiniteNumber(value.updatedAt) &&
    isFiniteNumber(value.turnCount) &&
    typeof value.searchText === 'string'
  );
}
