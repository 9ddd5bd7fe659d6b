import { describe, expect, it } from 'vitest';
import type { ToolDefinition } from '../../core/tools/tool-definition';
import { createToolRegistry } from '../../core/tools/tool-registry';
import type { PendingConfirmation } from './chat-slice';
import { createConfirmationGate } from './confirmation-gate';
import { describeBookingCall } from './describe-booking-call';

const made: string[] = [];
const reserve: ToolDefinition = {
  name: 'ReserveHotel',
  description: 'Book a hotel.',
  kind: 'booking',
  domain: 'hotel',
  parameters: {
    name: { type: 'string', description: 'hotel' },
    people: { type: 'integer', description: 'people' },
    day: { type: 'string', description: 'day' },
    stay: { type: 'integer', description: 'nights' },
  },
  execute: async (args) => {
    made.push(String(args.name));
    return { ok: true, data: { reference: 'ABCD1234' } };
  },
};
const search: ToolDefinition = { ...reserve, name: 'FindHotels', kind: 'search' };

function gate(autoConfirm = false) {
  const shown: (PendingConfirmation | null)[] = [];
  const controller = new AbortController();
  const created = createConfirmationGate({
    conversationId: 'c1',
    autoConfirm: () => autoConfirm,
    show: (pending) => shown.push(pending),
    signal: controller.signal,
  });
  const [guardedReserve, guardedSearch] = created.guard([reserve, search]);
  return {
    ...created,
    shown,
    controller,
    guardedReserve: guardedReserve as ToolDefinition,
    guardedSearch,
  };
}

const call = {
  id: 'k1',
  name: 'ReserveHotel',
  arguments: { name: 'acorn guest house', people: 2, day: 'friday', stay: 3 },
};
// Tools are only ever handed validated arguments; the registry's validator makes them.
const validated = createToolRegistry([reserve]).validate(call);
if (!validated.ok) throw new Error(validated.error.message);
const valid = validated.arguments;

describe('confirmation gate', () => {
  it('a guarded booking tool runs once per confirmation, never without one', async () => {
    made.length = 0;
    const { confirm, resolve, shown, guardedReserve, guardedSearch } = gate();
    expect(guardedSearch).toBe(search);
    expect(await guardedReserve.execute(valid, { conversationId: 'c1' })).toMatchObject({
      ok: false,
      error: { code: 'not-confirmed' },
    });
    const answer = confirm(call, reserve);
    expect(shown.at(-1)).toMatchObject({
      conversationId: 'c1',
      summary: 'Book acorn guest house for 2 from friday for 3 nights',
    });
    resolve(true);
    expect(await answer).toBe(true);
    expect(await guardedReserve.execute(valid, { conversationId: 'c1' })).toMatchObject({
      ok: true,
    });
    expect(await guardedReserve.execute(valid, { conversationId: 'c1' })).toMatchObject({
      ok: false,
    });
    expect(made).toEqual(['acorn guest house']);
    expect(shown.at(-1)).toBeNull();
  });

  it('declines on abort, grants at once with autoConfirm, and lets searches through', async () => {
    const aborted = gate();
    const answer = aborted.confirm(call, reserve);
    aborted.controller.abort();
    expect(await answer).toBe(false);
    expect(await aborted.confirm(call, reserve)).toBe(false);
    const automatic = gate(true);
    expect(await automatic.confirm(call, reserve)).toBe(true);
    expect(automatic.shown).toEqual([]);
    expect(await gate().confirm({ ...call, name: 'FindHotels' }, search)).toBe(true);
  });
});

describe('describeBookingCall', () => {
  it('writes one readable line per kind of booking', () => {
    const train = { ...reserve, name: 'BuyTrainTickets', domain: 'train' };
    expect(
      describeBookingCall(
        {
          id: 'k',
          name: 'BuyTrainTickets',
          arguments: { train_id: 'TR1234', day: 'monday', people: 3 },
        },
        train,
      ).summary,
    ).toBe('Book 3 tickets on train TR1234 on monday');
    const cancel: ToolDefinition = { ...reserve, name: 'CancelBooking' };
    delete (cancel as { domain?: string }).domain;
    expect(
      describeBookingCall(
        { id: 'k', name: 'CancelBooking', arguments: { reference: 'ABCD1234' } },
        cancel,
      ).summary,
    ).toBe('Cancel booking ABCD1234');
  });
});
