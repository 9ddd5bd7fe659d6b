import type { RandomSource } from '../../core/random/seeded-random';
import { formatPounds } from '../tools/money';
import type { Day, Station } from '../world/vocabulary';

export type BookingKind = 'restaurant' | 'hotel' | 'train' | 'taxi';
export type BookingStatus = 'active' | 'cancelled';

interface BookingBase {
  /** 8 upper-case letters and digits, unique across the store. */
  reference: string;
  kind: BookingKind;
  /** Restaurant or hotel id, or the train id. */
  venueId: string;
  /** Restaurant or hotel name, or the train id: what a person reads. */
  venueName: string;
  conversationId: string;
  /** Identifies "the same booking" within a conversation, so a repeat is not booked twice. */
  requestKey: string;
  /** ISO 8601. */
  createdAt: string;
  status: BookingStatus;
  cancelledAt?: string;
}

export interface RestaurantBooking extends BookingBase {
  kind: 'restaurant';
  details: { people: number; day: Day; time: string };
}

export interface HotelBooking extends BookingBase {
  kind: 'hotel';
  details: { people: number; day: Day; stay: number };
}

export interface TrainBooking extends BookingBase {
  kind: 'train';
  details: {
    people: number;
    day: Day;
    departure: Station;
    destination: Station;
    leaveAt: string;
    arriveBy: string;
  };
  /** Pounds: people x the fare on that day. */
  totalPrice: number;
}

/** MultiWOZ's taxis: any two places, a time to leave or to arrive; the car is drawn. */
export interface TaxiBooking extends BookingBase {
  kind: 'taxi';
  details: { departure: string; destination: string; leaveAt?: string; arriveBy?: string };
  /** Colour and make, e.g. "black toyota". */
  car: string;
  phone: string;
}

export type Booking = RestaurantBooking | HotelBooking | TrainBooking | TaxiBooking;

export interface BookingRepository {
  /** Every booking, oldest first. */
  list(): Promise<Booking[]>;
  get(reference: string): Promise<Booking | undefined>;
  /** The active booking made in this conversation for the same request, if any. */
  findExisting(conversationId: string, requestKey: string): Promise<Booking | undefined>;
  save(booking: Booking): Promise<void>;
  /** Applies the changes and returns the updated booking, or undefined when none has that reference. */
  update(
    reference: string,
    changes: Partial<Pick<Booking, 'status' | 'cancelledAt'>>,
  ): Promise<Booking | undefined>;
}

/** A booking as the model and the user read it. */
export function describeBooking(booking: Booking): Record<string, unknown> {
  const common = { reference: booking.reference, status: booking.status, kind: booking.kind };
  switch (booking.kind) {
    case 'restaurant':
      return { ...common, name: booking.venueName, ...booking.details };
    case 'hotel':
      return { ...common, name: booking.venueName, ...booking.details };
    case 'train':
      return {
        ...common,
        train_id: booking.venueId,
        day: booking.details.day,
        people: booking.details.people,
        departure: booking.details.departure,
        destination: booking.details.destination,
        leave_at: booking.details.leaveAt,
        arrive_by: booking.details.arriveBy,
        total_price: formatPounds(booking.totalPrice),
      };
    case 'taxi':
      return {
        ...common,
        departure: booking.details.departure,
        destination: booking.details.destination,
        ...(booking.details.leaveAt ? { leave_at: booking.details.leaveAt } : {}),
        ...(booking.details.arriveBy ? { arrive_by: booking.details.arriveBy } : {}),
        car: booking.car,
        phone: booking.phone,
      };
  }
}

const REFERENCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const REFERENCE_LENGTH = 8;

export function makeReference(random: RandomSource): string {
  let reference = '';
  for (let index = 0; index < REFERENCE_LENGTH; index += 1) {
    const position = Math.min(
      REFERENCE_ALPHABET.length - 1,
      Math.floor(random() * REFERENCE_ALPHABET.length),
    );
    reference += REFERENCE_ALPHABET.charAt(position);
  }
  return reference;
}

/** A reference no stored booking has; `isTaken` asks the repository. */
export async function makeUniqueReference(
  random: RandomSource,
  isTaken: (reference: string) => Promise<boolean>,
): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const reference = makeReference(random);
    if (!(await isTaken(reference))) return reference;
  }
  throw new Error('Could not find an unused booking reference: is the random source constant?');
}
