import { sleep } from '../core/agent/abortable';
import type { ToolDefinition, ToolResult } from '../core/tools/tool-definition';
import type { Booking, BookingRepository } from './bookings/booking';
import { createToolRegistry } from '../core/tools/tool-registry';
import { createCancelBookingTool, createGetBookingTool } from './bookings/booking-lookup-tools';
import { createSerialQueue, type BookingContext } from './bookings/booking-context';
import { createFindAttractionsTool } from './attractions/find-attractions-tool';
import { createFindHotelsTool } from './hotels/find-hotels-tool';
import { createReserveHotelTool } from './hotels/reserve-hotel-tool';
import { createFindRestaurantsTool } from './restaurants/find-restaurants-tool';
import { createReserveRestaurantTool } from './restaurants/reserve-restaurant-tool';
import { createBookTaxiTool } from './taxis/book-taxi-tool';
import { createBuyTrainTicketsTool } from './trains/buy-train-tickets-tool';
import { createFindTrainsTool } from './trains/find-trains-tool';
import { DEFAULT_WORLD_SEED, generateWorldData } from './world/generate-world-data';
import type { WorldData } from './world/records';
import type { RandomSource } from '../core/random/seeded-random';

export interface BookingWorldOptions {
  /** Fixes the venues, the timetable and which slots are full. */
  seed?: number;
  /**
   * The records to use instead of generating them from the seed: MultiWOZ's database
   * (`loadMultiwozData()`), whose attractions add FindAttractions and BookTaxi. The seed still
   * decides which tables, rooms, seats and taxis are free.
   */
  data?: WorldData;
  /** Delay before each tool answers: 0 in tests, e.g. { minimumMs: 150, maximumMs: 400 } in the app. */
  latencyMs?: Latency;
  /** Draws booking references and latency; Math.random unless a test injects one. */
  random?: RandomSource;
  /** Clock for createdAt / cancelledAt. */
  now?: () => Date;
  bookings: BookingRepository;
}

export interface BookingWorld {
  /** FindRestaurants, ReserveRestaurant, FindHotels, ReserveHotel, FindTrains, BuyTrainTickets, GetBooking, CancelBooking (and FindAttractions, BookTaxi in the MultiWOZ world). */
  tools: ToolDefinition[];
  /** The generated records, for the evaluator and the UI. */
  data: WorldData;
  listBookings(): Promise<Booking[]>;
  cancelBooking(reference: string): Promise<ToolResult>;
}

export function createBookingWorld(options: BookingWorldOptions): BookingWorld {
  const seed = options.seed ?? DEFAULT_WORLD_SEED;
  const random = options.random ?? Math.random;
  const context: BookingContext = {
    seed,
    data: options.data ?? generateWorldData(seed),
    bookings: options.bookings,
    random,
    now: options.now ?? (() => new Date()),
    enqueue: createSerialQueue(),
  };
  const unwrapped = [
    createFindRestaurantsTool(context.data.restaurants),
    createReserveRestaurantTool(context),
    createFindHotelsTool(context.data.hotels),
    createReserveHotelTool(context),
    createFindTrainsTool(context.data.trains),
    createBuyTrainTicketsTool(context),
    createGetBookingTool(context),
    createCancelBookingTool(context),
    ...(context.data.attractions
      ? [createFindAttractionsTool(context.data.attractions), createBookTaxiTool(context)]
      : []),
  ];
  const tools = unwrapped.map((tool) => withLatency(tool, options.latencyMs ?? 0, random));
  return {
    tools,
    data: context.data,
    listBookings: () => options.bookings.list(),
    // Through the registry, so a cancel from the bookings list is validated and caught like one
    // from the model (no latency: the person is waiting on the button).
    cancelBooking: (reference) =>
      createToolRegistry(unwrapped).dispatch(
        { name: 'CancelBooking', arguments: { reference } },
        { conversationId: '' },
      ),
  };
}

/** A fixed delay, or a range drawn from the injected random source each call. */
export type Latency = number | { minimumMs: number; maximumMs: number };

function drawLatency(latency: Latency, random: RandomSource): number {
  if (typeof latency === 'number') return Math.max(0, latency);
  const { minimumMs, maximumMs } = latency;
  return Math.max(0, minimumMs + random() * Math.max(0, maximumMs - minimumMs));
}

/**
 * Makes a tool answer after a network-like delay. A call aborted during the delay does nothing
 * and says so, so a stopped turn never leaves a booking behind.
 */
function withLatency(tool: ToolDefinition, latency: Latency, random: RandomSource): ToolDefinition {
  if (latency === 0) return tool;
  return {
    ...tool,
    execute: async (args, context) => {
      await sleep(drawLatency(latency, random), context.signal);
      if (context.signal?.aborted)
        return { ok: false, error: { code: 'aborted', message: `${tool.name} was stopped.` } };
      return tool.execute(args, context);
    },
  };
}
