/** The turn loop (src/core/agent/run-turn.ts) driven by the scripted model. */
import { describe, expect, it, vi } from 'vitest';
import { fixtureTools } from './testing/fixture-tools';
import { applyTurnEvent, startTurn, type TurnEvent } from './turn-events';
import { FALLBACK_REPLY, STEP_LIMIT_REPLY } from '../prompt/cra-constants';
import type { ToolDefinition } from '../tools/tool-definition';
import { createToolRegistry } from '../tools/tool-registry';
import type { Turn } from '../conversation/conversation';
import { runTurn } from './run-turn';
import { createReplayChatModel } from '../model/replay-chat-model';
import { emptyConversation, runScriptedTurn } from './testing/turn-harness';

const SEARCH =
  "Thought: Cheap food in the centre.\nAction: FindRestaurants(area='centre', price_range='cheap')";
const REPLY = 'System: Kohinoor serves cheap Indian food in the centre. Shall I book it?';
const BOOK = "Action: ReserveRestaurant(name='Kohinoor', people=2, day='friday', time='18:00')";

const types = (events: readonly TurnEvent[]) => events.map((event) => event.type);
const errors = (events: readonly TurnEvent[]) =>
  events.flatMap((event) => (event.type === 'error' ? [event.kind] : []));

describe('runTurn', () => {
  it('runs an action, shows the observation to the model, then replies', async () => {
    const { events, reason, turn, model } = await runScriptedTurn({ outputs: [SEARCH, REPLY] });
    expect(reason).toBe('reply');
    expect(turn.reply).toBe('Kohinoor serves cheap Indian food in the centre. Shall I book it?');
    expect(turn.status).toBe('complete');
    expect(turn.steps.map((step) => step.stage)).toEqual(['action', 'response']);
    expect(new Set(types(events))).toEqual(
      new Set([
        'turn-start',
        'model-request',
        'text-delta',
        'model-response',
        'thought',
        'tool-call',
        'tool-result',
        'reply',
        'turn-end',
      ]),
    );
    const streamed = events.flatMap((event) =>
      event.type === 'text-delta' && event.step === 0 ? [event.text] : [],
    );
    expect(streamed.length).toBeGreaterThan(3);
    expect(streamed.join('')).toBe(SEARCH);
    const observation = turn.steps[0]?.observation ?? '';
    expect(observation).toContain("'name': 'Kohinoor'");
    expect(model.requests[1]?.messages.at(-1)?.content).toContain(`Observation: ${observation}`);
    expect(turn.state).toEqual({ restaurant: { area: 'centre', pricerange: 'cheap' } });
  });

  it('takes a System answer at stage 1 as the reply, with no tool call', async () => {
    const { events, reason, turn, model } = await runScriptedTurn({
      outputs: ['System: Hello! What can I do for you?'],
    });
    expect(reason).toBe('reply');
    expect(turn.reply).toBe('Hello! What can I do for you?');
    expect(types(events)).not.toContain('tool-call');
    expect(model.requests).toHaveLength(1);
  });

  it('turns an unknown tool into an observation the model answers', async () => {
    const { events, reason, turn, model } = await runScriptedTurn({
      outputs: [
        "Action: FindPizza(area='centre')",
        'System: Sorry, I can only search restaurants.',
      ],
    });
    expect(errors(events)).toEqual(['unknown-tool']);
    expect(turn.steps[0]?.observation).toContain('unknown-tool');
    expect(model.requests[1]?.messages.at(-1)?.content).toContain('unknown-tool');
    expect(reason).toBe('reply');
  });

  it('turns invalid arguments into an observation and books nothing', async () => {
    const { events, turn } = await runScriptedTurn({
      outputs: [
        "Action: ReserveRestaurant(name='Kohinoor', people=40, day='friday', time='18:00')",
        'System: How many people exactly?',
      ],
    });
    expect(errors(events)).toEqual(['invalid-arguments']);
    expect(turn.steps[0]?.result?.ok).toBe(false);
    expect(turn.state?.restaurant?.ref).toBeUndefined();
    expect(turn.reply).toBe('How many people exactly?');
  });

  it('survives a tool that throws', async () => {
    const broken: ToolDefinition = {
      ...fixtureTools[0]!,
      execute: () => Promise.reject(new Error('database offline')),
    };
    const { events, turn, reason } = await runScriptedTurn({
      outputs: [SEARCH, 'System: The restaurant search is not working right now.'],
      tools: [broken],
    });
    expect(errors(events)).toEqual(['tool-failed']);
    expect(turn.steps[0]?.observation).toContain('database offline');
    expect(reason).toBe('reply');
  });

  it('repairs a malformed output once, then falls back to a safe reply', async () => {
    const { events, reason, turn, model } = await runScriptedTurn({
      outputs: ["Action: FindRestaurants(area='centre'", 'Action: ('],
    });
    expect(turn.steps.map((step) => step.stage)).toEqual(['action', 'repair']);
    const [first, repair] = model.requests;
    expect(
      repair?.messages.at(-1)?.content.startsWith(first?.messages.at(-1)?.content ?? '-'),
    ).toBe(true);
    expect(repair?.messages.at(-1)?.content).toContain('could not be read');
    expect(errors(events)).toEqual(['malformed-output', 'malformed-output']);
    expect(reason).toBe('fallback');
    expect(turn.reply).toBe(FALLBACK_REPLY);
  });

  it('accepts a repaired output', async () => {
    const { reason, turn } = await runScriptedTurn({
      outputs: ['Action: (', 'System: Which area?'],
    });
    expect(reason).toBe('reply');
    expect(turn.reply).toBe('Which area?');
  });

  it('stops mid-stream on abort, keeping the partial reply and asking nothing more', async () => {
    const controller = new AbortController();
    const model = { tokenDelayMs: 2 };
    const events: TurnEvent[] = [];
    const { runTurn } = await import('./run-turn');
    const { createToolRegistry } = await import('../tools/tool-registry');
    const { createReplayChatModel } = await import('../model/replay-chat-model');
    const scripted = createReplayChatModel({ outputs: [SEARCH, REPLY, REPLY], ...model });
    for await (const event of runTurn({
      conversation: {
        id: 'c',
        title: '',
        createdAt: 0,
        updatedAt: 0,
        profile: 'cra-chat',
        turns: [],
      },
      userText: 'cheap food in the centre',
      model: scripted,
      tools: createToolRegistry(fixtureTools),
      ids: { next: () => 'x' },
      now: () => 0,
      signal: controller.signal,
    })) {
      events.push(event);
      const deltas = events.filter((seen) => seen.type === 'text-delta' && seen.step === 1);
      if (deltas.length === 4) controller.abort();
    }
    const last = events.at(-1);
    expect(last?.type).toBe('turn-end');
    if (last?.type !== 'turn-end') return;
    expect(last.reason).toBe('aborted');
    expect(last.turn.status).toBe('aborted');
    expect(last.turn.reply.length).toBeGreaterThan(0);
    expect(REPLY.slice('System: '.length).startsWith(last.turn.reply)).toBe(true);
    expect(last.turn.reply.length).toBeLessThan(REPLY.length - 8);
    expect(scripted.requests).toHaveLength(2);
  });

  it('keeps the partial reply of an unlabelled response cut off by a stop, as it was shown', async () => {
    const unlabelled = 'Kohinoor serves cheap Indian food in the centre. Shall I book it?';
    const controller = new AbortController();
    const scripted = createReplayChatModel({ outputs: [SEARCH, unlabelled], tokenDelayMs: 2 });
    let shown = startTurn({ type: 'turn-start', id: 'x', user: 'cheap food in the centre' }, 0);
    let finished: Turn | undefined;
    for await (const event of runTurn({
      conversation: emptyConversation(),
      userText: 'cheap food in the centre',
      model: scripted,
      tools: createToolRegistry(fixtureTools),
      ids: { next: () => 'x' },
      now: () => 0,
      signal: controller.signal,
    })) {
      if (event.type === 'turn-end') finished = event.turn;
      else shown = applyTurnEvent(shown, event, 0);
      if (event.type === 'text-delta' && event.step === 1 && shown.reply.length > 10)
        controller.abort();
    }
    expect(finished?.status).toBe('aborted');
    expect(finished?.reply.length).toBeGreaterThan(10);
    expect(unlabelled.startsWith(finished?.reply ?? '-')).toBe(true);
    expect(finished?.reply).toBe(shown.reply);
  });

  it('ends as aborted when stopped while the user is asked to confirm a booking', async () => {
    const controller = new AbortController();
    const execute = vi.fn(fixtureTools[1]!.execute);
    const tools = [fixtureTools[0]!, { ...fixtureTools[1]!, execute }];
    // The user never answers; stopping must not wait for them.
    const confirm = vi.fn(() => {
      controller.abort();
      return new Promise<boolean>(() => undefined);
    });
    const { reason, turn, model } = await runScriptedTurn({
      outputs: [BOOK, 'System: never asked for'],
      tools,
      confirm,
      signal: controller.signal,
    });
    expect(reason).toBe('aborted');
    expect(turn.status).toBe('aborted');
    expect(execute).not.toHaveBeenCalled();
    expect(model.requests).toHaveLength(1);
  });

  it("uses the conversation's prompt switches unless the call overrides them", async () => {
    const conversation = {
      ...emptyConversation(),
      promptOptions: { systemDateHeader: false, inputLabel: true },
    };
    const { model } = await runScriptedTurn({
      outputs: ['System: Hi.'],
      conversation,
      promptOptions: { inputLabel: false },
    });
    const [user, ...rest] = model.requests[0]?.messages ?? [];
    expect(rest).toEqual([]);
    expect(user?.role).toBe('user');
    expect(user?.content).toMatch(/\n\nUser: I want a cheap restaurant in the centre\.$/);
  });

  it('builds the prompt from the shown path, or from the turns before the one it replaces', async () => {
    const earlier = (id: string, user: string, extra: Partial<Turn> = {}): Turn => ({
      id,
      user,
      reply: `${user} answered`,
      steps: [],
      status: 'complete',
      startedAt: 1,
      ...extra,
    });
    // "second" was regenerated as "second-v2"; the first version is shown.
    const conversation = {
      ...emptyConversation(),
      turns: [
        earlier('first', 'hello there'),
        earlier('second', 'cheap food please'),
        earlier('second-v2', 'expensive food please', { parentId: 'first' }),
      ],
      activeChildren: { first: 'second' },
    };
    const prompt = async (parentId?: string | null) => {
      const { model, turn } = await runScriptedTurn({
        outputs: ['System: Sure.'],
        conversation,
        ...(parentId !== undefined ? { parentId } : {}),
      });
      return { text: model.requests[0]?.messages.map((m) => m.content).join('\n') ?? '', turn };
    };
    const continued = await prompt();
    expect(continued.text).toContain('cheap food please');
    expect(continued.text).not.toContain('expensive food please');
    expect(continued.turn.parentId).toBeUndefined();

    const replacing = await prompt('first');
    expect(replacing.text).toContain('hello there');
    expect(replacing.text).not.toContain('food please');
    expect(replacing.turn.parentId).toBe('first');

    const fresh = await prompt(null);
    expect(fresh.text).not.toContain('hello there');
    expect(fresh.turn.parentId).toBeNull();
  });

  it('records a booking that was running when the turn was stopped', async () => {
    const controller = new AbortController();
    const slowBooking: ToolDefinition = {
      ...fixtureTools[1]!,
      execute: async (args, context) => {
        controller.abort();
        return fixtureTools[1]!.execute(args, context);
      },
    };
    const { reason, turn, events, model } = await runScriptedTurn({
      outputs: [BOOK, 'System: never asked for'],
      tools: [fixtureTools[0]!, slowBooking],
      signal: controller.signal,
    });
    expect(reason).toBe('aborted');
    expect(types(events)).toContain('tool-result');
    expect(turn.steps[0]?.result?.ok).toBe(true);
    expect(turn.state?.restaurant?.ref).toMatch(/^[0-9A-Z]{8}$/);
    expect(model.requests).toHaveLength(1);
  });

  it('ends at the step limit with a reply', async () => {
    const { events, reason, turn } = await runScriptedTurn({
      outputs: Array(6).fill(SEARCH),
      maxSteps: 3,
    });
    expect(turn.steps.filter((step) => step.call)).toHaveLength(3);
    expect(errors(events)).toEqual(['step-limit']);
    expect(reason).toBe('step-limit');
    expect(turn.reply).toBe(STEP_LIMIT_REPLY);
  });

  it('asks before a booking and books nothing when the user declines', async () => {
    const execute = vi.fn(fixtureTools[1]!.execute);
    const tools = [fixtureTools[0]!, { ...fixtureTools[1]!, execute }];
    const confirm = vi.fn(() => Promise.resolve(false));
    const { events, turn, model } = await runScriptedTurn({
      outputs: [BOOK, 'System: No problem, I have not booked anything.'],
      tools,
      confirm,
    });
    expect(confirm).toHaveBeenCalledOnce();
    expect(execute).not.toHaveBeenCalled();
    expect(events.find((event) => event.type === 'tool-call')).toMatchObject({
      needsConfirmation: true,
    });
    expect(errors(events)).toEqual(['declined']);
    expect(model.requests[1]?.messages.at(-1)?.content).toContain('declined');
    expect(turn.state?.restaurant?.ref).toBeUndefined();
  });

  it('books after confirmation and records the reference in the state', async () => {
    const { turn } = await runScriptedTurn({
      outputs: [BOOK, 'System: Booked.'],
      confirm: () => Promise.resolve(true),
    });
    expect(turn.state?.restaurant).toMatchObject({
      name: 'Kohinoor',
      people: '2',
      day: 'friday',
      time: '18:00',
    });
    expect(turn.state?.restaurant?.ref).toMatch(/^[0-9A-Z]{8}$/);
  });

  it('ends with model-error and keeps the partial turn when the model fails', async () => {
    const { events, reason, turn } = await runScriptedTurn({ outputs: [SEARCH] });
    expect(reason).toBe('model-error');
    expect(turn.status).toBe('error');
    expect(turn.steps).toHaveLength(2);
    expect(turn.steps[0]?.call?.name).toBe('FindRestaurants');
    expect(errors(events)).toEqual(['model-failed']);
    expect(events.at(-1)?.type).toBe('turn-end');
  });
});

describe('runTurn: constrained decoding', () => {
  const registry = createToolRegistry(fixtureTools);

  it('sends no grammar unless the conversation asks for constrained decoding', async () => {
    const { model } = await runScriptedTurn({ outputs: [REPLY] });
    expect(model.requests[0]?.grammar).toBeUndefined();
  });

  it('sends the registry grammar, shaped for a cued Thought when the prompt ends with one', async () => {
    const generated = await runScriptedTurn({
      outputs: [REPLY],
      conversation: { ...emptyConversation(), promptOptions: { constrained: true } },
    });
    expect(generated.model.requests[0]?.grammar).toBe(registry.grammar());
    const cued = await runScriptedTurn({
      outputs: ['The user greets me.\nSystem: Hello!'],
      conversation: {
        ...emptyConversation(),
        promptOptions: { constrained: true, thought: 'cued' },
      },
    });
    expect(cued.model.requests[0]?.grammar).toBe(registry.grammar({ cuedThought: true }));
    expect(cued.model.requests[0]?.grammar).not.toBe(registry.grammar());
  });
});
