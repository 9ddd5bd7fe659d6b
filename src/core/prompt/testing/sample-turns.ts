import type { AgentStep, Turn } from '../../conversation/conversation';

/** A finished turn that searched for a restaurant, as the loop would have stored it. */
export function searchTurn(): Turn {
  const action: AgentStep = {
    index: 0,
    stage: 'action',
    prompt: [],
    raw: "Thought: The user wants a cheap restaurant in the centre.\nAction: FindRestaurants(area='centre', price_range='cheap')",
    finishReason: 'stop',
    thought: 'The user wants a cheap restaurant in the centre.',
    call: {
      id: 'c1',
      name: 'FindRestaurants',
      arguments: { area: 'centre', price_range: 'cheap' },
    },
    result: {
      ok: true,
      data: {
        count: 2,
        results: [
          { name: 'Kohinoor', food: 'indian' },
          { name: 'Pizza Hut', food: 'italian' },
        ],
      },
    },
    observation:
      "{'count': 2, 'results': [{'name': 'Kohinoor', 'food': 'indian'}, {'name': 'Pizza Hut', 'food': 'italian'}]}",
    startedAt: 0,
  };
  const response: AgentStep = {
    index: 1,
    stage: 'response',
    prompt: [],
    raw: 'System: Kohinoor serves Indian food and Pizza Hut serves Italian. Which would you like?',
    finishReason: 'stop',
    startedAt: 0,
  };
  return {
    id: 't1',
    user: 'I need a cheap restaurant in the centre.',
    steps: [action, response],
    reply: 'Kohinoor serves Indian food and Pizza Hut serves Italian. Which would you like?',
    status: 'complete',
    startedAt: 0,
    state: { restaurant: { area: 'centre', pricerange: 'cheap' } },
  };
}

/** A turn the model answered without a tool. */
export function greetingTurn(): Turn {
  return {
    id: 't0',
    user: 'Hello!',
    steps: [
      {
        index: 0,
        stage: 'action',
        prompt: [],
        raw: 'System: Hello! How can I help?',
        finishReason: 'stop',
        startedAt: 0,
      },
    ],
    reply: 'Hello! How can I help?',
    status: 'complete',
    startedAt: 0,
  };
}

export function openTurn(user: string, steps: AgentStep[] = []): Turn {
  return { id: 'now', user, steps, reply: '', status: 'streaming', startedAt: 0 };
}
