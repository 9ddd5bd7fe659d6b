import type { AppState } from '../store/app-store';

// The settings and bookings slices are composed into the store separately from the chat slice.
// These readers look them up defensively so the UI works (with the controls hidden) before and
// after they exist, and keep their shape assumptions in one place.

interface SettingsLike {
  autoConfirm?: unknown;
  setAutoConfirm?: unknown;
}

interface BookingsLike {
  items?: unknown;
  refresh?: unknown;
  cancel?: unknown;
}

function slice<T>(state: AppState, key: string): T | undefined {
  const value = (state as unknown as Record<string, unknown>)[key];
  return typeof value === 'object' && value !== null ? (value as T) : undefined;
}

export function selectAutoConfirm(state: AppState): boolean | undefined {
  const value = slice<SettingsLike>(state, 'settings')?.autoConfirm;
  return typeof value === 'boolean' ? value : undefined;
}

export function selectSetAutoConfirm(state: AppState): ((value: boolean) => unknown) | undefined {
  const action = slice<SettingsLike>(state, 'settings')?.setAutoConfirm;
  return typeof action === 'function' ? (action as (value: boolean) => unknown) : undefined;
}

const noBookings: readonly unknown[] = [];

export function selectBookingRecords(state: AppState): readonly unknown[] {
  const items = slice<BookingsLike>(state, 'bookings')?.items;
  return Array.isArray(items) ? items : noBookings;
}

export function selectRefreshBookings(state: AppState): (() => unknown) | undefined {
  const action = slice<BookingsLike>(state, 'bookings')?.refresh;
  return typeof action === 'function' ? (action as () => unknown) : undefined;
}

export function selectCancelBooking(state: AppState): ((reference: string) => unknown) | undefined {
  const action = slice<BookingsLike>(state, 'bookings')?.cancel;
  return typeof action === 'function' ? (action as (reference: string) => unknown) : undefined;
}

export interface BookingView {
  reference: string;
  domain: string;
  /** "field: value" pairs worth showing (venue, day, time, people...). */
  details: [string, string][];
  cancelled: boolean;
}

const hiddenFields = new Set(['reference', 'domain', 'status', 'conversationId', 'id', 'callId']);

/** Reads one stored booking record, whatever extra fields it carries. */
export function toBookingView(record: unknown): BookingView | null {
  if (typeof record !== 'object' || record === null) return null;
  const fields = record as Record<string, unknown>;
  const reference = fields.reference;
  if (typeof reference !== 'string') return null;
  const details: [string, string][] = [];
  const nested =
    typeof fields.details === 'object' && fields.details !== null ? fields.details : {};
  for (const [name, value] of Object.entries({ ...fields, ...nested })) {
    if (hiddenFields.has(name) || name === 'details') continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      details.push([name, String(value)]);
    }
  }
  return {
    reference,
    domain: typeof fields.domain === 'string' ? fields.domain : 'booking',
    details,
    cancelled: fields.status === 'cancelled' || fields.cancelled === true,
  };
}
