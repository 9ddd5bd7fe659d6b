import { useAppStore } from '../app-store-context';
import { Dialog } from '../layout/Dialog';

const words = {
  regenerate: { title: 'Regenerate a reply that booked', verb: 'regenerate' },
  edit: { title: 'Edit a message whose reply booked', verb: 'send the edit' },
} as const;

/**
 * Asked before a regenerate or an edit would take out of view a reply that made a booking still
 * standing: the earlier version is kept either way, but the booking is real, so the person says
 * whether it goes (cancelled as in the Bookings view) or stays. Closing the dialog changes nothing.
 */
export function RerunDialog() {
  const pending = useAppStore((state) => state.chat.pendingRerun);
  const resolveRerun = useAppStore((state) => state.chat.resolveRerun);
  const { title, verb } = words[pending?.kind ?? 'regenerate'];
  const bookings = pending?.bookings ?? [];
  const one = bookings.length === 1;
  return (
    <Dialog open={pending !== null} onClose={() => void resolveRerun('dont-rerun')} title={title}>
      <p>
        {one ? 'This reply booked ' : 'The replies from here on booked '}
        {bookings.map((booking, index) => (
          <span key={booking.reference}>
            {index > 0 && (index === bookings.length - 1 ? ' and ' : ', ')}
            {booking.label}, reference <code>{booking.reference}</code>
          </span>
        ))}
        .
      </p>
      <p className="muted small">
        The reply stays as an earlier version either way; only the booking can be undone.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={() => void resolveRerun('cancel-bookings')}>
          Cancel {one ? 'that booking' : 'those bookings'} and {verb}
        </button>
        <button type="button" onClick={() => void resolveRerun('keep-bookings')}>
          Keep {one ? 'it' : 'them'} and {verb}
        </button>
        <button type="button" onClick={() => void resolveRerun('dont-rerun')}>
          Don&apos;t {verb}
        </button>
      </div>
    </Dialog>
  );
}
