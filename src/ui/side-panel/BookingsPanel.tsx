import { useEffect } from 'react';
import { useAppStore } from '../app-store-context';
import { toBookingView } from './booking-view';

/** Every booking made in any conversation, each with its reference and a cancel button. */
export function BookingsPanel() {
  const items = useAppStore((state) => state.bookings.items);
  const cancel = useAppStore((state) => state.bookings.cancel);
  const refresh = useAppStore((state) => state.bookings.refresh);
  // Another tab may have booked since this one last looked.
  useEffect(() => {
    void refresh();
  }, [refresh]);
  if (items.length === 0) return <p className="muted">No bookings yet.</p>;
  return (
    <ul className="bookings" aria-label="Bookings">
      {items.map(toBookingView).map((booking) => (
        <li key={booking.reference} className={booking.cancelled ? 'booking cancelled' : 'booking'}>
          <div>
            <strong>{booking.venueName || booking.kind}</strong> · {booking.kind} · reference{' '}
            <code>{booking.reference}</code>
            {booking.cancelled && <span className="turn-status"> cancelled</span>}
          </div>
          <div className="muted small">
            {booking.details.map(([name, value]) => `${name}: ${value}`).join(' · ')}
          </div>
          {!booking.cancelled && (
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
