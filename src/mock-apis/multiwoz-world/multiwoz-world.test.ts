import { describe, expect, it } from 'vitest';
import { createMemoryKeyValueStore } from '../../core/storage/memory-key-value-store';
import { createToolRegistry } from '../../core/tools/tool-registry';
import { createKeyValueBookingRepository } from '../bookings/key-value-booking-repository';
import { createBookingWorld } from '../create-booking-world';
import { createSeededRandom } from '../../core/random/seeded-random';
import { loadMultiwozData } from './load-multiwoz-data';

async function multiwozTools() {
  const world = createBookingWorld({
    data: await loadMultiwozData(),
    latencyMs: 0,
    random: createSeededRandom(1),
    bookings: createKeyValueBookingRepository(createMemoryKeyValueStore()),
  });
  return { world, tools: createToolRegistry(world.tools) };
}
const context = { conversationId: 'c1' };

describe('the MultiWOZ world', () => {
  it("holds MultiWOZ's records and searches them with the same tools", async () => {
    const { world, tools } = await multiwozTools();
    expect(world.data.restaurants).toHaveLength(110);
    expect(world.data.hotels).toHaveLength(33);
    expect(world.data.attractions).toHaveLength(79);
    expect(world.data.trains).toHaveLength(2828);
    const result = await tools.dispatch(
      {
        name: 'FindRestaurants',
        arguments: { area: 'centre', food: 'italian', price_range: 'cheap' },
      },
      context,
    );
    expect(result.ok && result.data['count']).toBe(3);
    expect(result.ok && JSON.stringify(result.data)).toContain('pizza hut city centre');
  });

  it('adds attractions and taxis, tools defined once like the rest', async () => {
    const { tools } = await multiwozTools();
    const museums = await tools.dispatch(
      { name: 'FindAttractions', arguments: { area: 'centre', type: 'museum' } },
      context,
    );
    expect(museums.ok && museums.data['count']).toBeGreaterThan(5);
    const taxi = await tools.dispatch(
      {
        name: 'BookTaxi',
        arguments: {
          departure: 'pizza hut city centre',
          destination: 'kings college',
          leave_at: '17:00',
        },
      },
      context,
    );
    const again = await tools.dispatch(
      {
        name: 'BookTaxi',
        arguments: {
          departure: 'pizza hut city centre',
          destination: 'kings college',
          leave_at: '17:00',
        },
      },
      context,
    );
    expect(taxi.ok).toBe(again.ok);
    if (taxi.ok) expect(taxi.data['car']).toMatch(/^(black|white|red|yellow|blue|grey) [a-z]+$/);
    const noTime = await tools.dispatch(
      { name: 'BookTaxi', arguments: { departure: 'a', destination: 'b' } },
      context,
    );
    expect(noTime.ok).toBe(false);
  });

  it('refuses some bookings, deterministically, and books trains by id and day', async () => {
    const outcomes: boolean[] = [];
    const { world, tools } = await multiwozTools();
    for (const restaurant of world.data.restaurants.slice(0, 40)) {
      const result = await tools.dispatch(
        {
          name: 'ReserveRestaurant',
          arguments: { name: restaurant.name, people: 7, day: 'friday', time: '19:00' },
        },
        context,
      );
      outcomes.push(result.ok);
    }
    expect(outcomes.filter((ok) => !ok).length).toBeGreaterThan(0);
    const second = await multiwozTools();
    const repeat: boolean[] = [];
    for (const restaurant of second.world.data.restaurants.slice(0, 40))
      repeat.push(
        (
          await second.tools.dispatch(
            {
              name: 'ReserveRestaurant',
              arguments: { name: restaurant.name, people: 7, day: 'friday', time: '19:00' },
            },
            context,
          )
        ).ok,
      );
    expect(repeat).toEqual(outcomes);
    const train = world.data.trains.find((item) => item.day === 'sunday')!;
    const ticket = await tools.dispatch(
      { name: 'BuyTrainTickets', arguments: { train_id: train.id, day: 'sunday', people: 2 } },
      context,
    );
    expect(ticket.ok).toBe(true);
  });
});
