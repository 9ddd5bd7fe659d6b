import type { ParameterSpec, ToolDefinition, ToolResult } from '../../core/tools/tool-definition';
import { textArgument, numberArgument } from '../../core/tools/tool-definition';
import type { BookingContext } from '../bookings/booking-context';
import { attemptBooking } from '../bookings/booking-context';
import type { Booking, RestaurantBooking } from '../bookings/booking';
import { freeTables, tablesNeeded } from '../bookings/availability';
import {
  bookingTimeParameter,
  dayParameter,
  peopleParameter,
  venueNamed,
  venueParameter,
} from '../tools/parameters';
import { formatMinutes, parseClockTime } from '../world/clock-time';
import type { Restaurant } from '../world/records';
import type { Day } from '../world/vocabulary';
import { DAYS } from '../world/vocabulary';

function parametersFor(restaurants: readonly Restaurant[]): Record<string, ParameterSpec> {
  return {
    name: venueParameter('name of the restaurant to book', restaurants, 'restaurant'),
    people: peopleParameter,
    day: dayParameter('day of the booking, monday to sunday', { required: true }),
    time: bookingTimeParameter,
  };
}

// Alternatives offered when a slot is full: nearby times the same day, the same time other days.
const NEARBY_OFFSETS = [-15, 15, -30, 30, -45, 45, -60, 60];
const MAXIMUM_ALTERNATIVES = 3;

function alternatives(
  context: BookingContext,
  existing: readonly Booking[],
  restaurant: Restaurant,
  request: { people: number; day: Day; time: string },
) {
  const fits = (day: Day, time: string) =>
    freeTables(context.seed, existing, restaurant.id, day, time) >= tablesNeeded(request.people);
  const minutes = parseClockTime(request.time);
  const times = NEARBY_OFFSETS.map((offset) => minutes + offset)
    .filter((candidate) => candidate >= 0 && candidate < 24 * 60)
    .map(formatMinutes)
    .filter((time) => fits(request.day, time))
    .slice(0, MAXIMUM_ALTERNATIVES);
  const start = DAYS.indexOf(request.day);
  const days = [1, 2, 3, 4, 5, 6]
    .map((offset) => DAYS[(start + offset) % DAYS.length] as Day)
    .filter((day) => fits(day, request.time))
    .slice(0, MAXIMUM_ALTERNATIVES);
  return { times, days };
}

function refusal(
  restaurant: Restaurant,
  request: { people: number; day: Day; time: string },
  options: { times: string[]; days: Day[] },
): ToolResult {
  return {
    ok: false,
    error: {
      code: 'unavailable',
      message: `${restaurant.name} has no table for ${request.people} on ${request.day} at ${request.time}. Offer another time or day.`,
      argument: 'time',
      allowed: options.times.length > 0 ? options.times.join(', ') : 'no nearby time that day',
    },
    data: { alternative_times: options.times, alternative_days: options.days },
  };
}

export function createReserveRestaurantTool(context: BookingContext): ToolDefinition {
  const restaurantNamed = venueNamed(context.data.restaurants);
  return {
    name: 'ReserveRestaurant',
    description: 'Book a table at a restaurant for a number of people on a day at a time.',
    kind: 'booking',
    domain: 'restaurant',
    parameters: parametersFor(context.data.restaurants),
    execute: async (values, toolContext) => {
      const restaurant = restaurantNamed(textArgument(values, 'name'));
      const request = {
        people: numberArgument(values, 'people') ?? 0,
        day: textArgument(values, 'day') as Day,
        time: textArgument(values, 'time') ?? '',
      };
      const requestKey = `restaurant|${restaurant.id}|${request.day}|${request.time}|${request.people}`;
      return attemptBooking<RestaurantBooking>(context, {
        conversationId: toolContext.conversationId,
        requestKey,
        decide: (existing) => {
          if (
            freeTables(context.seed, existing, restaurant.id, request.day, request.time) <
            tablesNeeded(request.people)
          )
            return {
              ok: false,
              result: refusal(
                restaurant,
                request,
                alternatives(context, existing, restaurant, request),
              ),
            };
          return {
            ok: true,
            booking: {
              kind: 'restaurant',
              venueId: restaurant.id,
              venueName: restaurant.name,
              details: request,
            },
          };
        },
        describe: (booking, alreadyBooked) => ({
          reference: booking.reference,
          name: booking.venueName,
          people: booking.details.people,
          day: booking.details.day,
          time: booking.details.time,
          ...(alreadyBooked ? { already_booked: true } : {}),
        }),
      });
    },
  };
}
