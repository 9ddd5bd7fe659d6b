import type { ParameterSpec, ToolDefinition, ToolResult } from '../../core/tools/tool-definition';
import { textArgument } from '../../core/tools/tool-definition';
import { normalizeReference } from '../normalize/normalize-values';
import type { BookingContext } from './booking-context';
import { describeBooking } from './booking';

const parameters: Record<string, ParameterSpec> = {
  reference: {
    type: 'string',
    description: 'booking reference, 8 letters and digits',
    normalize: normalizeReference,
    format: '8 upper-case letters and digits, e.g. KWV7HGEB',
  },
};

function unknownReference(reference: string): ToolResult {
  return {
    ok: false,
    error: {
      code: 'unknown-booking',
      message: `There is no booking with reference ${reference}.`,
      argument: 'reference',
      allowed: 'the reference given when the booking was made',
    },
  };
}

/** Cancels a booking; cancelling twice is harmless. Its table, rooms or seats become free. */
function cancelBookingByReference(
  context: BookingContext,
  rawReference: string,
): Promise<ToolResult> {
  const reference = normalizeReference(rawReference);
  if (!reference) return Promise.resolve(unknownReference(rawReference));
  return context.enqueue(async () => {
    const booking = await context.bookings.get(reference);
    if (!booking) return unknownReference(reference);
    if (booking.status === 'cancelled')
      return { ok: true, data: { ...describeBooking(booking), already_cancelled: true } };
    const updated = await context.bookings.update(reference, {
      status: 'cancelled',
      cancelledAt: context.now().toISOString(),
    });
    return updated ? { ok: true, data: describeBooking(updated) } : unknownReference(reference);
  });
}

export function createGetBookingTool(context: BookingContext): ToolDefinition {
  return {
    name: 'GetBooking',
    description: 'Look up a booking by its reference.',
    kind: 'lookup',
    parameters,
    execute: async (values) => {
      const reference = textArgument(values, 'reference') ?? '';
      const booking = await context.bookings.get(reference);
      return booking ? { ok: true, data: describeBooking(booking) } : unknownReference(reference);
    },
  };
}

export function createCancelBookingTool(context: BookingContext): ToolDefinition {
  return {
    name: 'CancelBooking',
    description: 'Cancel a booking by its reference.',
    kind: 'booking',
    parameters,
    execute: async (values) =>
      cancelBookingByReference(context, textArgument(values, 'reference') ?? ''),
  };
}
