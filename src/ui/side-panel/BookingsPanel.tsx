import { useEffect } from 'react';
import { useAppStore } from '../app-store-context';
import {
  selectBookingRecords,
  selectCancelBooking,
  selectRefreshBookings,
  toBookingView,
} from '../optional-slices';

/** Every booking made in any conversation, each with its reference and a cancel button. */
export function BookingsPanel() {
  const records = useAppStore(selectBookingRecords);
  const cancel = useAppStore(selectCancelBooking);
  const refresh = useAppStore(selectRefreshBookings);
  // Another tab may have booked since this one last looked.
  useEffect(() => {
    void refresh?.();
  }, [refresh]);
  const bookings = records.flatMap((record) => {
    const view = toBookingView(record);
    return view ? [view] : [];
  });
  if (bookings.length === 0) return <p className="muted">No bookings yet.</p>;
  return (
    <ul className="bookings" aria-label="Bookings">
      {bookings.map((booking) => (
        <li key={booking.reference} className={booking.cancelled ? 'booking cancelled' : 'booking'}>
          <div>
            <strong>{booking.domain}</strong> · reference <code>{booking.reference}</code>
            {booking.cancelled && <span className="turn-status"> cancelled</span>}
          </div>
          <div className="muted small">
            {booking.details.map(([name, value]) => `${name}: ${value}`).join(' · ')}
          </div>
          {cancel && !booking.cancelled && (
            <button
              type="button"
              aria-label={`Cancel booking ${booking.reference}`}
              onClick={() => void cancel(booking.reference)}
            >
              Cancel
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
