/** Hand-built dialogue traces for the metric tests: turns written as plain data. */
import type { AgentStep, DialogueState, Turn } from '../core/conversation/conversation';
import type { ToolArguments, ToolResult } from '../core/tools/tool-definition';
import type { ToolInfo } from './trace-facts';

export interface HandStep {
  name: string;
  arguments: ToolArguments;
  result: ToolResult;
}

let nextCallId = 0;

export function handTurn(
  user: string,
  reply: string,
  steps: HandStep[] = [],
  state: DialogueState = {},
): Turn {
  const agentSteps: AgentStep[] = steps.map((step, index) => ({
    index,
    stage: 'action',
    prompt: [],
    raw: '',
    call: { id: `call-${nextCallId++}`, name: step.name, arguments: step.arguments },
    result: step.result,
    startedAt: 0,
  }));
  return {
    id: `turn-${nextCallId++}`,
    user,
    reply,
    steps: agentSteps,
    status: 'complete',
    startedAt: 0,
    state,
  };
}

export const handToolInfo = (name: string): ToolInfo | undefined => {
  if (name === 'FindRestaurants') return { kind: 'search', domain: 'restaurant' };
  if (name === 'BookRestaurant') return { kind: 'booking', domain: 'restaurant' };
  if (name === 'FindTrains') return { kind: 'search', domain: 'train' };
  if (name === 'BuyTrainTickets') return { kind: 'booking', domain: 'train' };
  return undefined;
};

export const goldenWok = {
  name: 'Golden Wok',
  area: 'centre',
  food: 'chinese',
  phone: '01223123456',
  postcode: 'cb21ab',
};
export const redLion = { ...goldenWok, name: 'Red Lion', food: 'british', phone: '01223999999' };

export function found(...records: Record<string, unknown>[]): ToolResult {
  return { ok: true, data: { count: records.length, results: records } };
}

export function booked(reference: string): ToolResult {
  return { ok: true, data: { reference } };
}

export const noTable: ToolResult = {
  ok: false,
  error: { code: 'unavailable', message: 'No table free at that time.' },
};
