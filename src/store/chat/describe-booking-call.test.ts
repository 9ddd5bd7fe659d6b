/**
 * The confirmation card shows exactly what will be booked: the turn loop's one validation
 * resolves the venue before the card, and the card is built from the resolved call.
 */
import { describe, expect, it } from 'vitest';
import { runToolStep } from '../../core/agent/tool-step';
import type { TurnEvent } from '../../core/agent/turn-events';
import type { ToolArguments } from '../../core/tools/tool-definition';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { createTestWorld } from '../../mock-apis/testing/create-test-world';
import type { PendingConfirmation } from './chat-slice';
import { createConfirmationGate } from './confirmation-gate';

async function bookThroughTheLoop(args: ToolArguments) {
  const { world } = createTestWorld();
  const shown: (PendingConfirmation | null)[] = [];
  const controller = new AbortController();
  const gate = createConfirmationGate({
    conversationId: 'c1',
    autoConfirm: () => false,
    show: (pending) => {
      shown.push(pending);
      // The person reads the card and says yes.
      if (pending) queueMicrotask(() => gate.resolve(true));
    },
    signal: controller.signal,
  });
  const events: TurnEvent[] = [];
  let ids = 0;
  const steps = runToolStep(
    {
      tools: createToolRegistry(gate.guard(world.tools)),
      conversationId: 'c1',
      nextId: () => `id-${ids++}`,
      confirm: gate.confirm,
    },
    0,
    { name: 'ReserveRestaurant', arguments: args },
    {},
  );
  for (let next = await steps.next(); !next.done; next = await steps.next())
    events.push(next.value);
  const outcome = events.find((event) => event.type === 'tool-result');
  return { world, outcome, events, cards: shown.filter((card) => card !== null) };
}

describe('the confirmation card of a booking', () => {
  const { world } = createTestWorld();
  const restaurant = world.data.restaurants.find((record) => record.name.includes(' '));
  if (!restaurant) throw new Error('the test world has no restaurant with a two-word name');

  it('shows the resolved venue, day, time and party, and books exactly that', async () => {
    const written = `The ${restaurant.name.toUpperCase()}.`;
    const { cards, world: booked } = await bookThroughTheLoop({
      name: written,
      people: '3',
      day: 'Friday',
      time: '7pm',
    });
    expect(cards).toHaveLength(1);
    expect(cards[0]?.summary).toBe(`Book a table at ${restaurant.name} for 3 on friday at 19:00`);
    expect(cards[0]?.call.arguments).toEqual({
      name: restaurant.name,
      people: 3,
      day: 'friday',
      time: '19:00',
    });
    const bookings = await booked.listBookings();
    expect(bookings.map((booking) => [booking.venueName, booking.details])).toEqual([
      [restaurant.name, { people: 3, day: 'friday', time: '19:00' }],
    ]);
  });

  it('shows no card and books nothing for a name that is not exactly one venue', async () => {
    const written = `not ${restaurant.name}, the other one`;
    const {
      cards,
      outcome,
      events,
      world: untouched,
    } = await bookThroughTheLoop({
      name: written,
      people: 2,
      day: 'friday',
      time: '19:00',
    });
    expect(cards).toEqual([]);
    expect(events.find((event) => event.type === 'tool-call')).toMatchObject({
      needsConfirmation: false,
    });
    expect(outcome?.result).toMatchObject({ ok: false, error: { code: 'unknown-name' } });
    // The model reads the candidates and can ask which one was meant.
    expect(outcome?.observation).toContain(`'${restaurant.name}'`);
    expect(outcome?.observation).toContain("'candidates': [");
    expect(await untouched.listBookings()).toEqual([]);
  });
});
