import type { Day, Station } from '../world/vocabulary';

export type BookingKind = 'restaurant' | 'hotel' | 'train';
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

export type Booking = RestaurantBooking | HotelBooking | TrainBooking;

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
