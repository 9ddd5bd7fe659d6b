import type { ParameterSpec, ToolDefinition } from '../../core/tools/tool-definition';
import { textArgument, numberArgument } from '../../core/tools/tool-definition';
import { freeSeats } from '../bookings/availability';
import type { TrainBooking } from '../bookings/booking';
import type { BookingContext } from '../bookings/booking-context';
import { attemptBooking } from '../bookings/booking-context';
import { formatPounds, roundPounds } from '../tools/money';
import { dayParameter, peopleParameter } from '../tools/parameters';
import type { Train } from '../world/records';
import type { Day } from '../world/vocabulary';

/** "tr 1234", "tr1234" -> "TR1234". */
export function normalizeTrainId(raw: string): string | undefined {
  const text = raw.trim().toUpperCase().replace(/\s+/g, '');
  return /^TR\d{4}$/.test(text) ? text : undefined;
}

const parameters: Record<string, ParameterSpec> = {
  train_id: {
    type: 'string',
    description: 'id of a train from FindTrains, e.g. TR1234',
    normalize: normalizeTrainId,
    format: "'TR' and 4 digits, from FindTrains",
  },
  day: dayParameter('day of travel, monday to sunday', { required: true }),
  people: { ...peopleParameter, description: 'number of tickets, 1 to 8' },
};

export function createBuyTrainTicketsTool(context: BookingContext): ToolDefinition {
  // Booked by id and day: MultiWOZ's timetable reuses ids across days (and, rarely, within one
  // day, where the earlier train is the one booked).
  const trainsById = new Map<string, Train>();
  for (const train of context.data.trains) {
    if (!trainsById.has(train.id)) trainsById.set(train.id, train);
    if (!trainsById.has(`${train.id}|${train.day}`))
      trainsById.set(`${train.id}|${train.day}`, train);
  }
  return {
    name: 'BuyTrainTickets',
    description:
      'Buy tickets on one train (by id and day) for a number of people; returns the total price.',
    kind: 'booking',
    domain: 'train',
    parameters,
    execute: async (values, toolContext) => {
      const trainId = textArgument(values, 'train_id') ?? '';
      const day = textArgument(values, 'day') as Day;
      const people = numberArgument(values, 'people') ?? 0;
      const train = trainsById.get(`${trainId}|${day}`) ?? trainsById.get(trainId);
      if (!train)
        return {
          ok: false,
          error: {
            code: 'unknown-train',
            message: `There is no train ${trainId}. Use a train id from FindTrains.`,
            argument: 'train_id',
            allowed: 'a train id from FindTrains',
          },
        };
      if (train.day !== day)
        return {
          ok: false,
          error: {
            code: 'invalid-argument',
            message: `${train.id} does not run on ${day}; it runs on ${train.day}. Search again for ${day}.`,
            argument: 'day',
            allowed: train.day,
          },
        };
      const requestKey = `train|${train.id}|${day}|${people}`;
      return attemptBooking<TrainBooking>(context, {
        conversationId: toolContext.conversationId,
        requestKey,
        decide: (existing) => {
          const seats = freeSeats(context.seed, existing, train.id, day);
          if (seats < people)
            return {
              ok: false,
              result: {
                ok: false,
                error: {
                  code: 'unavailable',
                  message: `${train.id} has only ${Math.max(seats, 0)} seats left. Offer another train.`,
                  argument: 'people',
                  allowed: `1 to ${Math.max(seats, 0)}`,
                },
              },
            };
          return {
            ok: true,
            booking: {
              kind: 'train',
              venueId: train.id,
              venueName: train.id,
              details: {
                people,
                day,
                departure: train.departure,
                destination: train.destination,
                leaveAt: train.leaveAt,
                arriveBy: train.arriveBy,
              },
              totalPrice: roundPounds(people * train.price),
            },
          };
        },
        describe: (booking, alreadyBooked) => ({
          reference: booking.reference,
          train_id: booking.venueId,
          day: booking.details.day,
          people: booking.details.people,
          total_price: formatPounds(booking.totalPrice),
          ...(alreadyBooked ? { already_booked: true } : {}),
        }),
      });
    },
  };
}
