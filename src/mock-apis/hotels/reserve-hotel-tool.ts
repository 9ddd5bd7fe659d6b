import type { ParameterSpec, ToolDefinition, ToolResult } from '../../core/tools/tool-definition';
import { textArgument, numberArgument } from '../../core/tools/tool-definition';
import { freeRooms, nightsOf, roomsNeeded } from '../bookings/availability';
import type { Booking, HotelBooking } from '../bookings/booking';
import type { BookingContext } from '../bookings/booking-context';
import { attemptBooking } from '../bookings/booking-context';
import { dayParameter, venueNamed, venueParameter } from '../tools/parameters';
import type { Hotel } from '../world/records';
import type { Day } from '../world/vocabulary';
import { DAYS } from '../world/vocabulary';

export const MAXIMUM_STAY = 8;

const parametersFor = (hotels: readonly Hotel[]): Record<string, ParameterSpec> => ({
  name: venueParameter('name of the hotel or guesthouse to book', hotels, 'hotel'),
  people: {
    type: 'integer',
    description: 'number of people, 1 to 8 (two to a room)',
    minimum: 1,
    maximum: 8,
  },
  day: dayParameter('day of arrival, monday to sunday', { required: true }),
  stay: {
    type: 'integer',
    description: `number of nights, 1 to ${MAXIMUM_STAY}`,
    minimum: 1,
    maximum: MAXIMUM_STAY,
  },
});

interface StayRequest {
  people: number;
  day: Day;
  stay: number;
}

function fitsEveryNight(
  context: BookingContext,
  existing: readonly Booking[],
  hotel: Hotel,
  request: StayRequest,
): boolean {
  const rooms = roomsNeeded(request.people);
  return nightsOf(request.day, request.stay).every(
    (night) => freeRooms(context.seed, existing, hotel.id, night) >= rooms,
  );
}

/** The longest stay from the same day that fits, and other arrival days for the whole stay. */
function alternatives(
  context: BookingContext,
  existing: readonly Booking[],
  hotel: Hotel,
  request: StayRequest,
) {
  let longestStay = 0;
  while (
    longestStay < request.stay - 1 &&
    fitsEveryNight(context, existing, hotel, { ...request, stay: longestStay + 1 })
  )
    longestStay += 1;
  const start = DAYS.indexOf(request.day);
  const days = [1, 2, 3, 4, 5, 6]
    .map((offset) => DAYS[(start + offset) % DAYS.length] as Day)
    .filter((day) => fitsEveryNight(context, existing, hotel, { ...request, day }))
    .slice(0, 3);
  return { longestStay, days };
}

function refusal(
  hotel: Hotel,
  request: StayRequest,
  options: { longestStay: number; days: Day[] },
): ToolResult {
  const nights = `${request.stay} night${request.stay === 1 ? '' : 's'}`;
  const shorter = options.longestStay > 0;
  return {
    ok: false,
    error: {
      code: 'unavailable',
      message: `${hotel.name} has no room for ${request.people} from ${request.day} for ${nights}. Offer a shorter stay or another day.`,
      argument: shorter ? 'stay' : 'day',
      allowed: shorter
        ? `1 to ${options.longestStay} from ${request.day}`
        : options.days.join(', ') || 'no other day this week',
    },
    data: { longest_stay: options.longestStay, alternative_days: options.days },
  };
}

export function createReserveHotelTool(context: BookingContext): ToolDefinition {
  const hotelNamed = venueNamed(context.data.hotels);
  return {
    name: 'ReserveHotel',
    description:
      'Book rooms at a hotel or guesthouse for a number of people, from a day, for a number of nights.',
    kind: 'booking',
    domain: 'hotel',
    parameters: parametersFor(context.data.hotels),
    execute: async (values, toolContext) => {
      const hotel = hotelNamed(textArgument(values, 'name'));
      const request: StayRequest = {
        people: numberArgument(values, 'people') ?? 0,
        day: textArgument(values, 'day') as Day,
        stay: numberArgument(values, 'stay') ?? 0,
      };
      const requestKey = `hotel|${hotel.id}|${request.day}|${request.stay}|${request.people}`;
      return attemptBooking<HotelBooking>(context, {
        conversationId: toolContext.conversationId,
        requestKey,
        decide: (existing) => {
          if (!fitsEveryNight(context, existing, hotel, request))
            return {
              ok: false,
              result: refusal(hotel, request, alternatives(context, existing, hotel, request)),
            };
          return {
            ok: true,
            booking: {
              kind: 'hotel',
              venueId: hotel.id,
              venueName: hotel.name,
              details: request,
            },
          };
        },
        describe: (booking, alreadyBooked) => ({
          reference: booking.reference,
          name: booking.venueName,
          people: booking.details.people,
          day: booking.details.day,
          stay: booking.details.stay,
          ...(alreadyBooked ? { already_booked: true } : {}),
        }),
      });
    },
  };
}
