/**
 * What scoring needs from a finished dialogue, pulled out of its turns once: the replies the user
 * saw, the entities the searches returned (by domain), the calls per turn and every booking
 * attempt with its outcome.
 */
import type { DialogueState, Turn } from '../core/conversation/conversation';
import type { ToolCall, ToolKind } from '../core/tools/tool-definition';
import { slotName } from '../core/state/dialogue-state';
import { normalizeValue } from './normalize';

export interface ToolInfo {
  kind: ToolKind;
  domain?: string;
}

export type EntityRecord = Record<string, unknown>;

export interface BookingAttempt {
  turn: number;
  domain: string;
  call: ToolCall;
  ok: boolean;
  reference?: string;
  /** Normalised key of the booked entity (venue name or train id) when it can be told. */
  entity?: string;
}

export interface DialogueFacts {
  replies: string[];
  /** The dialogue state the agent held after each turn. */
  states: (DialogueState | undefined)[];
  /** domain -> normalised entity key -> record, from every search result seen. */
  entities: Record<string, Record<string, EntityRecord>>;
  callsPerTurn: ToolCall[][];
  bookings: BookingAttempt[];
}

const entityKeyFields = ['name', 'trainid', 'id'];
const referenceFields = ['reference', 'referencenumber', 'ref', 'bookingreference'];

export function entityKey(record: EntityRecord): string | undefined {
  // Priority order matters: a restaurant has both an internal id and a name; the name is what
  // users and replies speak of. Trains have only their id.
  for (const wanted of entityKeyFields) {
    const value = recordField(record, wanted);
    if (typeof value === 'string') return normalizeValue(value);
  }
  return undefined;
}

/** A record field by attribute name, ignoring case and separators ("post code" == postcode). */
export function recordField(record: EntityRecord, attribute: string): unknown {
  const wanted = slotName(attribute);
  for (const [field, value] of Object.entries(record)) if (slotName(field) === wanted) return value;
  return undefined;
}

function recordsIn(data: unknown): EntityRecord[] {
  if (!data || typeof data !== 'object') return [];
  if (Array.isArray(data))
    return data.filter((item): item is EntityRecord => !!item && typeof item === 'object');
  return Object.values(data).flatMap((value) => (Array.isArray(value) ? recordsIn(value) : []));
}

function referenceIn(data: Record<string, unknown> | undefined): string | undefined {
  for (const [field, value] of Object.entries(data ?? {}))
    if (referenceFields.includes(slotName(field)) && typeof value === 'string') return value;
  return undefined;
}

export function extractFacts(
  turns: readonly Turn[],
  toolInfo: (name: string) => ToolInfo | undefined,
): DialogueFacts {
  const facts: DialogueFacts = {
    replies: [],
    states: [],
    entities: {},
    callsPerTurn: [],
    bookings: [],
  };
  turns.forEach((turn, turnIndex) => {
    facts.replies.push(turn.reply);
    facts.states.push(turn.state);
    const calls: ToolCall[] = [];
    for (const step of turn.steps) {
      if (!step.call) continue;
      calls.push(step.call);
      const info = toolInfo(step.call.name);
      const domain = info?.domain ?? 'general';
      const known = (facts.entities[domain] ??= {});
      for (const record of recordsIn(step.result?.data)) {
        const key = entityKey(record);
        if (key) known[key] = { ...known[key], ...record };
      }
      if (info?.kind !== 'booking' || !step.result) continue;
      const attempt: BookingAttempt = {
        turn: turnIndex,
        domain,
        call: step.call,
        ok: step.result.ok,
      };
      const reference = step.result.ok ? referenceIn(step.result.data) : undefined;
      if (reference) attempt.reference = reference;
      // The booking's own answer names the venue or train; otherwise an argument that does.
      const entity =
        (step.result.ok ? entityKey(step.result.data) : undefined) ??
        Object.values(step.call.arguments)
          .map(normalizeValue)
          .find((value) => value in known);
      if (entity) attempt.entity = entity;
      facts.bookings.push(attempt);
    }
    facts.callsPerTurn.push(calls);
  });
  return facts;
}
