/**
 * Byte-for-byte layout fixtures. The golden strings are written out here on purpose (not
 * imported from cra-constants.ts): a changed byte in the trained format must fail a test.
 */
import { describe, expect, it } from 'vitest';
import { fixtureTools } from '../agent/testing/fixture-tools';
import { estimatingCounter } from '../context/token-counter';
import type { PromptProfileId, Turn } from '../conversation/conversation';
import { createToolRegistry } from '../tools/tool-registry';
import { buildPrompt } from './build-prompt';
import { resolvePromptOptions, type PromptOptions } from './prompt-options';
import { greetingTurn, openTurn, searchTurn } from './testing/sample-turns';

const ACTION_TASK =
  "[BEGIN OF TASK INSTRUCTION]\nYou are a helpful conversational assistant who can perform API function calling. Your goal is to understand user queries and respond using the appropriate API functions. In order to complete the user's request, you need to select a tool from the following functions and fill in the correct values for the function parameters. Your specific tasks are:\n1. Analyze the user's query within the given dialogue context to identify their intent and relevant details.\n2. Make a function/tool call and provide the necessary arguments to meet the request based on the user query.\n3. Formulate a natural and coherent response, guiding the conversation towards resolving the user's request.\n[END OF TASK INSTRUCTION]";
const RESPONSE_TASK =
  "[BEGIN OF TASK INSTRUCTION]\nYou are a helpful conversational assistant specializing in understanding user queries and providing accurate, reasoned responses. Your goal is to analyze the user's input, reason about their intent and needs, and provide a coherent and contextually appropriate system response. Your specific tasks are:\n- Ensure your response is informative and contextually relevant, guiding the conversation toward successful task completion.\n- Analyze the user's input in the context of the conversation history (if available) to identify their intent and relevant details.\n- Use logical reasoning to determine the most suitable response, considering the user's needs and the dialogue context.\n- Generate a natural and coherent system response to address the user's request or query effectively.\n[END OF TASK INSTRUCTION]";
const TOOLS =
  '[BEGIN OF AVAILABLE TOOLS]\n1. FindRestaurants(area, food, price_range, name)\n2. ReserveRestaurant(name, people, day, time)\n[END OF AVAILABLE TOOLS]';
const FORMAT =
  '[BEGIN OF FORMAT INSTRUCTION]\nThe output MUST strictly adhere to the following structured text format. Example Output API Call Format: function_name(argument1=value1, argument2=value2, ...)\n[END OF FORMAT INSTRUCTION]';
const HISTORY =
  "[BEGIN OF CONVERSATION HISTORY]\nUser: Hello!\nSystem: Hello! How can I help?\nUser: I need a cheap restaurant in the centre.\nThought: The user wants a cheap restaurant in the centre.\nAction: FindRestaurants(area='centre', price_range='cheap')\nObservation: {'count': 2, 'results': [{'name': 'Kohinoor', 'food': 'indian'}, {'name': 'Pizza Hut', 'food': 'italian'}]}\nSystem: Kohinoor serves Indian food and Pizza Hut serves Italian. Which would you like?\n[END OF CONVERSATION HISTORY]";
const CHAT_PROTOCOL =
  'Each user message starts with User: (the user speaking) or Observation: (the result of your last API call). After an Action you receive an Observation; then answer the user with System: <reply>, or make another Action if one is still needed. Answer with System: directly when no API call is needed.';

/** The Llama 3.1 template's default system content, blank line included (cra-format.md). */
const SYSTEM_BLOCK = 'Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n';

const registry = createToolRegistry(fixtureTools.slice(0, 2));
const USER = 'Book Kohinoor for 2 on friday at 18:00.';
const ACTION_RAW =
  "Action: ReserveRestaurant(name='Kohinoor', people=2, day='friday', time='18:00')";
const OBSERVATION = "{'reference': 'K7Q2M1ZX', 'name': 'Kohinoor'}";

/** The turn in progress after the booking ran. */
function bookedTurn(): Turn {
  return openTurn(USER, [
    {
      index: 0,
      stage: 'action',
      prompt: [],
      raw: ACTION_RAW,
      finishReason: 'stop',
      call: {
        id: 'c2',
        name: 'ReserveRestaurant',
        arguments: { name: 'Kohinoor', people: 2, day: 'friday', time: '18:00' },
      },
      result: { ok: true, data: { reference: 'K7Q2M1ZX', name: 'Kohinoor' } },
      observation: OBSERVATION,
      startedAt: 0,
    },
  ]);
}

function build(
  profile: PromptProfileId,
  stage: 'action' | 'response',
  overrides: Partial<PromptOptions> = {},
) {
  return buildPrompt(stage, {
    profile,
    history: [greetingTurn(), searchTurn()],
    current: stage === 'action' ? openTurn(USER) : bookedTurn(),
    registry,
    options: resolvePromptOptions(overrides),
    counter: estimatingCounter,
    contextWindow: 4096,
  }).messages;
}

describe('cra-exact layout', () => {
  it('stage 1: the trained system block, one user message, task + tools + format + history, then the input', () => {
    expect(build('cra-exact', 'action')).toEqual([
      { role: 'system', content: SYSTEM_BLOCK },
      {
        role: 'user',
        content: `${ACTION_TASK}\n\n${TOOLS}\n\n${FORMAT}\n\n${HISTORY}\n\nUser: ${USER}`,
      },
    ]);
  });

  it('stage 2: its own task block, no tools, the turn so far as input', () => {
    expect(build('cra-exact', 'response')).toEqual([
      { role: 'system', content: SYSTEM_BLOCK },
      {
        role: 'user',
        content: `${RESPONSE_TASK}\n\n${FORMAT}\n\n${HISTORY}\n\nUser: ${USER}\n${ACTION_RAW}\nObservation: ${OBSERVATION}`,
      },
    ]);
  });

  it('applies the switches: Input label, spaces, Thought cue, no system block', () => {
    const messages = build('cra-exact', 'response', {
      inputLabel: true,
      inputSeparator: 'space',
      thought: 'cued',
      systemDateHeader: false,
    });
    expect(messages.map((message) => message.role)).toEqual(['user']);
    expect(
      messages[0]?.content.endsWith(
        `\n\nInput: User: ${USER} ${ACTION_RAW} Observation: ${OBSERVATION} Thought:`,
      ),
    ).toBe(true);
  });

  it('renders an empty history as its two markers', () => {
    const messages = buildPrompt('action', {
      profile: 'cra-exact',
      history: [],
      current: openTurn('Hi'),
      registry,
      options: resolvePromptOptions(),
      counter: estimatingCounter,
      contextWindow: 4096,
    }).messages;
    expect(messages[1]?.content).toBe(
      `${ACTION_TASK}\n\n${TOOLS}\n\n${FORMAT}\n\n[BEGIN OF CONVERSATION HISTORY]\n[END OF CONVERSATION HISTORY]\n\nUser: Hi`,
    );
  });
});

describe('cra-chat layout', () => {
  const system = {
    role: 'system',
    content: `${SYSTEM_BLOCK}${ACTION_TASK}\n\n${TOOLS}\n\n${FORMAT}\n\n${CHAT_PROTOCOL}`,
  };
  const earlier = [
    { role: 'user', content: 'User: Hello!' },
    { role: 'assistant', content: 'System: Hello! How can I help?' },
    { role: 'user', content: 'User: I need a cheap restaurant in the centre.' },
    {
      role: 'assistant',
      content:
        "Thought: The user wants a cheap restaurant in the centre.\nAction: FindRestaurants(area='centre', price_range='cheap')",
    },
    {
      role: 'user',
      content:
        "Observation: {'count': 2, 'results': [{'name': 'Kohinoor', 'food': 'indian'}, {'name': 'Pizza Hut', 'food': 'italian'}]}",
    },
    {
      role: 'assistant',
      content:
        'System: Kohinoor serves Indian food and Pizza Hut serves Italian. Which would you like?',
    },
  ];

  it('stage 1: system message, earlier turns as chat, the user line last', () => {
    expect(build('cra-chat', 'action')).toEqual([
      system,
      ...earlier,
      { role: 'user', content: `User: ${USER}` },
    ]);
  });

  it('stage 2 appends exactly the canonical action and the observation', () => {
    const first = build('cra-chat', 'action');
    const second = build('cra-chat', 'response');
    expect(second).toEqual([
      ...first,
      { role: 'assistant', content: ACTION_RAW },
      { role: 'user', content: `Observation: ${OBSERVATION}` },
    ]);
  });
});
