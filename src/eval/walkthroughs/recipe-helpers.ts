/** Small helpers that keep the recipes readable: calls by tool, and bookings the world accepts. */
import type { ToolArguments } from '../../core/tools/tool-definition';
import type { ExpectedCall } from '../walkthrough';
import type { RecipeKit } from './walkthrough-builder';

export const call = (name: string, args: ToolArguments): ExpectedCall => ({
  name,
  arguments: args,
});
export const findRestaurants = (args: ToolArguments) => call('FindRestaurants', args);
export const reserveRestaurant = (args: ToolArguments) => call('ReserveRestaurant', args);
export const findHotels = (args: ToolArguments) => call('FindHotels', args);
export const reserveHotel = (args: ToolArguments) => call('ReserveHotel', args);
export const findTrains = (args: ToolArguments) => call('FindTrains', args);
export const buyTrainTickets = (args: ToolArguments) => call('BuyTrainTickets', args);
export const cancelBooking = (reference: string) => call('CancelBooking', { reference });

/** Goal slots as text, the way goals are written. */
export function slots(args: ToolArguments): Record<string, string> {
  return Object.fromEntries(Object.entries(args).map(([key, value]) => [key, String(value)]));
}

/**
 * The first of `choices` for `argument` that the world accepts after `before` has run, so a
 * booking a walkthrough expects to succeed really does.
 */
export async function acceptedBooking(
  kit: RecipeKit,
  before: readonly ExpectedCall[],
  booking: ExpectedCall,
  argument: string,
  choices: readonly (string | number)[],
): Promise<ExpectedCall> {
  for (const choice of choices) {
    const candidate = call(booking.name, { ...booking.arguments, [argument]: choice });
    const results = await kit.simulate([...before, candidate]);
    if (results.at(-1)?.ok) return candidate;
  }
  throw new Error(
    `Walkthrough recipe: no ${booking.name} accepted for ${argument} in ${choices.join(', ')}.`,
  );
}

export const EVENING_TIMES = [
  '19:00',
  '19:30',
  '18:30',
  '20:00',
  '18:00',
  '20:30',
  '17:30',
  '21:00',
];
export const WEEKDAYS = [
  'friday',
  'saturday',
  'thursday',
  'wednesday',
  'tuesday',
  'monday',
  'sunday',
];
