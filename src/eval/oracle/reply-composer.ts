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

function describeAttributes(
  record: EntityRecord | undefined,
  attributes: readonly string[],
): string {
  const parts = attributes.flatMap((attribute) => {
    const value = record ? recordField(record, attribute) : undefined;
    return value === undefined ? [] : [`${attribute.replace(/_/g, ' ')} ${String(value)}`];
  });
  return parts.length === 0 ? '' : ` Details: ${parts.join(', ')}.`;
}

function displayName(record: EntityRecord | undefined): string {
  const name = record
    ? (recordField(record, 'name') ?? recordField(record, 'train_id') ?? recordField(record, 'id'))
    : undefined;
  return typeof name === 'string' ? name : ((record && entityKey(record)) ?? 'it');
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
  if (!last.result.ok)
    return `I am sorry, that did not work: ${last.result.error.message} ${scripted ?? 'Would you like to try something else?'}`;
  const data = last.result.data;
  if (last.name.startsWith('Cancel'))
    return `Your booking ${String(recordField(data, 'reference'))} is cancelled.${scripted ? ` ${scripted}` : ''}`;
  if (last.kind === 'booking') {
    const reference = recordField(data, 'reference');
    const total = recordField(data, 'total_price') ?? recordField(data, 'totalPrice');
    const fee = total === undefined ? '' : ` The total fee is ${String(total)} pounds.`;
    return `Your booking is confirmed. The reference number is ${String(reference)}.${fee}${describeAttributes(focus, mention)}`.trim();
  }
  const record = firstRecord(data);
  if (!record) return scripted ?? 'I could not find anything like that.';
  const count = recordField(data, 'count');
  const intro =
    typeof count === 'number' && count > 1 ? `I found ${count} options; I suggest ` : 'I suggest ';
  return `${intro}${displayName(record)}.${describeAttributes(record, mention)}${scripted ? ` ${scripted}` : ''}`;
}
