import type { Booking } from './booking';
import { formatPounds } from '../tools/money';

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
  }
}
