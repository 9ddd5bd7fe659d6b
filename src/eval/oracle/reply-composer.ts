/**
 * The oracle's replies, written from the real observations of the turn so that what the user
 * sees (venue names, phone numbers, references) is exactly what the world returned.
 */
import type { ToolResult } from '../../core/tools/tool-definition';
import { entityKey, recordField, type EntityRecord } from '../trace-facts';

export interface ObservedCall {
  name: string;
  kind: string;
  result: ToolResult;
}

function firstRecord(data: Record<string, unknown> | undefined): EntityRecord | undefined {
  for (const value of Object.values(data ?? {}))
    if (Array.isArray(value) && value[0] && typeof value[0] === 'object')
      return value[0] as EntityRecord;
  return undefined;
}

const attributeLabels: Record<string, string> = {
  leave_at: 'departure time',
  arrive_by: 'arrival time',
  duration: 'journey time',
  stars: 'star rating',
  price_range: 'price range',
  phone: 'phone number',
};

function describeAttributes(
  record: EntityRecord | undefined,
  attributes: readonly string[],
): string {
  const parts = attributes.flatMap((attribute) => {
    const value = record ? recordField(record, attribute) : undefined;
    const label = attributeLabels[attribute] ?? attribute.replace(/_/g, ' ');
    return value === undefined ? [] : [`the ${label} is ${String(value)}`];
  });
  if (parts.length === 0) return '';
  const sentence = parts.join(', ');
  return ` ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

function displayName(record: EntityRecord | undefined): string {
  const name = record
    ? (recordField(record, 'name') ?? recordField(record, 'train_id') ?? recordField(record, 'id'))
    : undefined;
  return typeof name === 'string' ? name : ((record && entityKey(record)) ?? 'it');
}

const withUnit = (amount: unknown) =>
  /pounds/.test(String(amount)) ? String(amount) : `${String(amount)} pounds`;

/** The tool's own words up to the first full stop, then what the world offers instead. */
function apology(call: ObservedCall, scripted: string | undefined): string {
  if (call.result.ok) return '';
  const [first = ''] = call.result.error.message.split(/(?<=\.)\s/);
  const times = call.result.data?.['alternative_times'];
  const days = call.result.data?.['alternative_days'];
  const offers = [
    Array.isArray(times) && times.length > 0 ? `free times nearby: ${times.join(', ')}` : '',
    Array.isArray(days) && days.length > 0 ? `other days: ${days.join(', ')}` : '',
  ].filter(Boolean);
  const offer = offers.length > 0 ? ` There are ${offers.join('; ')}.` : '';
  return `I am sorry: ${first}${offer} ${scripted ?? 'Would you like to try something else?'}`;
}

/**
 * `mention`: entity attributes to state (phone, postcode, ...). The booking reference is always
 * given after a booking, as any agent would.
 */
export function composeReply(
  observed: readonly ObservedCall[],
  mention: readonly string[],
  scripted: string | undefined,
  focus: EntityRecord | undefined,
): string {
  const last = observed.at(-1);
  if (!last) {
    const facts = describeAttributes(focus, mention).trim();
    return [scripted, facts].filter(Boolean).join(' ') || 'How can I help you?';
  }
  if (!last.result.ok) return apology(last, scripted);
  const data = last.result.data;
  if (last.name.startsWith('Cancel'))
    return `Your booking ${String(recordField(data, 'reference'))} is cancelled.${scripted ? ` ${scripted}` : ''}`;
  if (last.kind === 'booking') {
    const reference = recordField(data, 'reference');
    const total = recordField(data, 'total_price') ?? recordField(data, 'totalPrice');
    const fee = total === undefined ? '' : ` The total fee is ${withUnit(total)}.`;
    return `Your booking is confirmed. The reference number is ${String(reference)}.${fee}${describeAttributes(focus, mention)}`.trim();
  }
  const record = firstRecord(data);
  if (!record) return scripted ?? 'I could not find anything like that.';
  const count = recordField(data, 'count');
  const intro =
    typeof count === 'number' && count > 1 ? `I found ${count} options; I suggest ` : 'I suggest ';
  return `${intro}${displayName(record)}.${describeAttributes(record, mention)}${scripted ? ` ${scripted}` : ''}`;
}
