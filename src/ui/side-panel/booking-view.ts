import type { BookingRecord } from '../../store/store-dependencies';

export interface BookingView {
  reference: string;
  kind: BookingRecord['kind'];
  /** What a person reads: the venue's name or the train id. */
  venueName: string;
  /** "field: value" pairs of the booking's details (people, day, time...). */
  details: [string, string][];
  cancelled: boolean;
}

/** A stored booking as the Bookings tab shows it. */
export function toBookingView(booking: BookingRecord): BookingView {
  const details: [string, string][] = Object.entries(booking.details).map(([name, value]) => [
    name,
    String(value),
  ]);
  if (booking.kind === 'train') details.push(['total', `£${booking.totalPrice.toFixed(2)}`]);
  return {
    reference: booking.reference,
    kind: booking.kind,
    venueName: booking.venueName,
    details,
    cancelled: booking.status === 'cancelled',
  };
}
