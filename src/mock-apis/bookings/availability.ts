import { unitFromKey } from '../../core/random/seeded-random';
import type { Day } from '../world/vocabulary';
import { DAYS } from '../world/vocabulary';
import type { Booking, HotelBooking, RestaurantBooking, TrainBooking } from './booking';

/**
 * Capacity is a fixed property of the world (from the seed), minus what active bookings hold.
 * Cancelling a booking therefore frees its table, rooms or seats with no extra bookkeeping.
 */

export const SEATS_PER_TABLE = 4;
export const PEOPLE_PER_ROOM = 2;
/** Restaurant tables are held per quarter-hour slot. */
export const SLOT_MINUTES = 15;

export const tablesNeeded = (people: number) => Math.ceil(people / SEATS_PER_TABLE);
export const roomsNeeded = (people: number) => Math.ceil(people / PEOPLE_PER_ROOM);

export function slotOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return Math.floor((hours * 60 + minutes) / SLOT_MINUTES) * SLOT_MINUTES;
}

// Tuned so that about 15% of random first requests fail (see availability.test.ts): a few slots
// are fully booked and some have a single table left, which turns away large parties.
export function baseFreeTables(seed: number, restaurantId: string, day: Day, slot: number): number {
  const draw = unitFromKey(seed, `table|${restaurantId}|${day}|${slot}`);
  if (draw < 0.09) return 0;
  if (draw < 0.2) return 1;
  return 2 + Math.floor(((draw - 0.2) / 0.8) * 5);
}

/** Nights are counted from Monday of the booking week: a Sunday check-in for 3 nights uses 6, 7, 8. */
export function nightsOf(day: Day, stay: number): number[] {
  const first = DAYS.indexOf(day);
  return Array.from({ length: stay }, (_, index) => first + index);
}

export function baseFreeRooms(seed: number, hotelId: string, night: number): number {
  const draw = unitFromKey(seed, `room|${hotelId}|${night}`);
  // Stays span several nights and any full night refuses the stay, so full nights are rarer.
  if (draw < 0.015) return 0;
  if (draw < 0.035) return 1;
  if (draw < 0.06) return 2;
  if (draw < 0.09) return 3;
  return 4 + Math.floor(((draw - 0.09) / 0.91) * 7);
}

export function baseFreeSeats(seed: number, trainId: string, day: Day): number {
  return 30 + Math.floor(unitFromKey(seed, `seat|${trainId}|${day}`) * 90);
}

const isActive = (booking: Booking) => booking.status === 'active';

export function freeTables(
  seed: number,
  bookings: readonly Booking[],
  restaurantId: string,
  day: Day,
  time: string,
): number {
  const slot = slotOf(time);
  const held = bookings
    .filter(
      (booking): booking is RestaurantBooking =>
        isActive(booking) &&
        booking.kind === 'restaurant' &&
        booking.venueId === restaurantId &&
        booking.details.day === day &&
        slotOf(booking.details.time) === slot,
    )
    .reduce((total, booking) => total + tablesNeeded(booking.details.people), 0);
  return baseFreeTables(seed, restaurantId, day, slot) - held;
}

export function freeRooms(
  seed: number,
  bookings: readonly Booking[],
  hotelId: string,
  night: number,
): number {
  const held = bookings
    .filter(
      (booking): booking is HotelBooking =>
        isActive(booking) &&
        booking.kind === 'hotel' &&
        booking.venueId === hotelId &&
        nightsOf(booking.details.day, booking.details.stay).includes(night),
    )
    .reduce((total, booking) => total + roomsNeeded(booking.details.people), 0);
  return baseFreeRooms(seed, hotelId, night) - held;
}

export function freeSeats(
  seed: number,
  bookings: readonly Booking[],
  trainId: string,
  day: Day,
): number {
  const held = bookings
    .filter(
      (booking): booking is TrainBooking =>
        isActive(booking) &&
        booking.kind === 'train' &&
        booking.venueId === trainId &&
        booking.details.day === day,
    )
    .reduce((total, booking) => total + booking.details.people, 0);
  return baseFreeSeats(seed, trainId, day) - held;
}
