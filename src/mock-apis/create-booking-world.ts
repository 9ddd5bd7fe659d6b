import type { ToolDefinition, ToolResult } from '../core/tools/tool-definition';
import type { Booking, BookingRepository } from './bookings/booking';
import type { BookingContext } from './bookings/booking-context';
import {
  cancelBookingByReference,
  createCancelBookingTool,
  createGetBookingTool,
} from './bookings/booking-lookup-tools';
import { createSerialQueue } from './bookings/serial-queue';
import { createFindHotelsTool } from './hotels/find-hotels-tool';
import { createReserveHotelTool } from './hotels/reserve-hotel-tool';
import { createFindRestaurantsTool } from './restaurants/find-restaurants-tool';
import { createReserveRestaurantTool } from './restaurants/reserve-restaurant-tool';
import type { Latency } from './tools/with-latency';
import { withLatency } from './tools/with-latency';
import { createBuyTrainTicketsTool } from './trains/buy-train-tickets-tool';
import { createFindTrainsTool } from './trains/find-trains-tool';
import { DEFAULT_WORLD_SEED, generateWorldData } from './world/generate-world-data';
import type { WorldData } from './world/records';
import type { RandomSource } from '../core/random/seeded-random';

export interface BookingWorldOptions {
  /** Fixes the venues, the timetable and which slots are full. */
  seed?: number;
  /** Delay before each tool answers: 0 in tests, e.g. { minimumMs: 150, maximumMs: 400 } in the app. */
  latencyMs?: Latency;
  /** Draws booking references and latency; Math.random unless a test injects one. */
  random?: RandomSource;
  /** Clock for createdAt / cancelledAt. */
  now?: () => Date;
  bookings: BookingRepository;
}

export interface BookingWorld {
  /** FindRestaurants, ReserveRestaurant, FindHotels, ReserveHotel, FindTrains, BuyTrainTickets, GetBooking, CancelBooking. */
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
    data: generateWorldData(seed),
    bookings: options.bookings,
    random,
    now: options.now ?? (() => new Date()),
    enqueue: createSerialQueue(),
  };
  const tools = [
    createFindRestaurantsTool(context.data.restaurants),
    createReserveRestaurantTool(context),
    createFindHotelsTool(context.data.hotels),
    createReserveHotelTool(context),
    createFindTrainsTool(context.data.trains),
    createBuyTrainTicketsTool(context),
    createGetBookingTool(context),
    createCancelBookingTool(context),
  ].map((tool) => withLatency(tool, options.latencyMs ?? 0, random));
  return {
    tools,
    data: context.data,
    listBookings: () => options.bookings.list(),
    cancelBooking: async (reference) => {
      try {
        return await cancelBookingByReference(context, reference);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, error: { code: 'tool-failed', message } };
      }
    },
  };
}
