/**
 * BookTaxi: MultiWOZ's taxi domain. Any two places, with a time to leave or to arrive; the car
 * (colour and make from MultiWOZ's taxi table) and its phone are drawn from the seed and the
 * request, so the same request always gets the same car. About one request in ten finds no car
 * free at that time, decided the same way, so a taxi booking can be refused and retried.
 */
import type { ParameterSpec, ToolDefinition } from '../../core/tools/tool-definition';
import { textArgument } from '../../core/tools/tool-definition';
import { attemptBooking, type BookingContext } from '../bookings/booking-context';
import type { TaxiBooking } from '../bookings/booking';
import { normalizeSearchTime } from '../normalize/normalize-time';
import { searchTimeParameter } from '../tools/parameters';
import { formatMinutes, parseClockTime } from '../world/clock-time';
import { unitFromKey } from '../../core/random/seeded-random';

export const TAXI_COLOURS = ['black', 'white', 'red', 'yellow', 'blue', 'grey'] as const;
export const TAXI_MAKES = [
  'toyota',
  'skoda',
  'bmw',
  'honda',
  'ford',
  'audi',
  'lexus',
  'volvo',
  'volkswagen',
  'tesla',
] as const;
const REFUSED_SHARE = 0.1;

const place = (description: string): ParameterSpec => ({
  type: 'string',
  description,
  normalize: (raw) => raw.trim().toLowerCase().replace(/\s+/g, ' ') || undefined,
  format: 'a place in or near Cambridge',
});

const parameters: Record<string, ParameterSpec> = {
  departure: place('where the taxi picks the user up, e.g. a venue name'),
  destination: place('where the taxi goes'),
  leave_at: searchTimeParameter('time to leave, HH:MM (this or arrive_by)'),
  arrive_by: searchTimeParameter('time to arrive, HH:MM (this or leave_at)'),
};

const pick = <T>(items: readonly T[], draw: number): T =>
  items[Math.min(items.length - 1, Math.floor(draw * items.length))] as T;

function carFor(seed: number, key: string): { car: string; phone: string } {
  const colour = pick(TAXI_COLOURS, unitFromKey(seed, `colour|${key}`));
  const make = pick(TAXI_MAKES, unitFromKey(seed, `make|${key}`));
  const digits = Math.floor(unitFromKey(seed, `phone|${key}`) * 1e9);
  return { car: `${colour} ${make}`, phone: `07${String(digits).padStart(9, '0').slice(0, 8)}` };
}

export function createBookTaxiTool(context: BookingContext): ToolDefinition {
  return {
    name: 'BookTaxi',
    description:
      'Book a taxi from a departure to a destination, leaving at or arriving by a time. Returns the car and its phone.',
    kind: 'booking',
    domain: 'taxi',
    parameters,
    execute: async (values, toolContext) => {
      const departure = textArgument(values, 'departure') ?? '';
      const destination = textArgument(values, 'destination') ?? '';
      const leaveAt = textArgument(values, 'leave_at');
      const arriveBy = textArgument(values, 'arrive_by');
      const time = leaveAt ?? arriveBy;
      if (!time || normalizeSearchTime(time) === undefined)
        return {
          ok: false,
          error: {
            code: 'missing-argument',
            message: 'A taxi needs leave_at or arrive_by. Ask the user when.',
            argument: 'leave_at',
            allowed: 'a time as HH:MM',
          },
        };
      const requestKey = `taxi|${departure}|${destination}|${leaveAt ?? ''}|${arriveBy ?? ''}`;
      return attemptBooking<TaxiBooking>(context, {
        conversationId: toolContext.conversationId,
        requestKey,
        decide: () => {
          if (unitFromKey(context.seed, `taxi-free|${departure}|${time}`) < REFUSED_SHARE) {
            const later = formatMinutes(parseClockTime(time) + 15);
            return {
              ok: false,
              result: {
                ok: false,
                error: {
                  code: 'unavailable',
                  message: `No taxi is free from ${departure} at ${time}. Offer ${later} instead.`,
                  argument: leaveAt ? 'leave_at' : 'arrive_by',
                  allowed: later,
                },
                data: { alternative_times: [later] },
              },
            };
          }
          return {
            ok: true,
            booking: {
              kind: 'taxi',
              venueId: `${departure} -> ${destination}`,
              venueName: `taxi to ${destination}`,
              details: {
                departure,
                destination,
                ...(leaveAt ? { leaveAt } : {}),
                ...(arriveBy ? { arriveBy } : {}),
              },
              ...carFor(context.seed, requestKey),
            },
          };
        },
        describe: (booking, alreadyBooked) => ({
          reference: booking.reference,
          car: booking.car,
          phone: booking.phone,
          ...(alreadyBooked ? { already_booked: true } : {}),
        }),
      });
    },
  };
}
