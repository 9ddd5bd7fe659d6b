import type { DialogueState } from '../conversation/conversation';
import type {
  ArgumentValue,
  ToolArguments,
  ToolDefinition,
  ToolResult,
} from '../tools/tool-definition';

/**
 * The one slot-name normaliser (dialogue state, scoring, walkthroughs): names compare like the
 * benchmark's, without case or separators, so `price_range`, `priceRange` and `pricerange` are one.
 */
export function slotName(argumentName: string): string {
  return argumentName.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The slot that records a booking's reference number. */
export const REFERENCE_SLOT = 'ref';

const REFERENCE_KEYS = [
  'reference',
  'ref',
  'reference_number',
  'booking_reference',
  'referenceNumber',
];

function slotValue(value: ArgumentValue): string | undefined {
  if (value === null) return undefined;
  if (Array.isArray(value)) return value.map(String).join(', ');
  return String(value);
}

export function bookingReference(result: ToolResult): string | undefined {
  if (!result.ok) return undefined;
  for (const key of REFERENCE_KEYS) {
    const value = result.data[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

/**
 * The state after one validated call: its arguments become slots of the tool's domain (later
 * values overwrite earlier ones), and a successful booking adds its reference. Tools without a
 * domain leave the state as it was. Returns a new object; `previous` is not changed.
 */
export function updateDialogueState(
  previous: DialogueState,
  tool: ToolDefinition,
  validatedArguments: ToolArguments,
  result?: ToolResult,
): DialogueState {
  const domain = tool.domain;
  if (!domain) return previous;
  const slots = { ...(previous[domain] ?? {}) };
  for (const [name, value] of Object.entries(validatedArguments)) {
    const text = slotValue(value);
    if (text !== undefined) slots[slotName(name)] = text;
  }
  if (result && tool.kind === 'booking') {
    const reference = bookingReference(result);
    if (reference) slots[REFERENCE_SLOT] = reference;
  }
  return { ...previous, [domain]: slots };
}

/** One line for the state panel: `restaurant: area=centre, food=thai; train: day=friday`. */
export function describeDialogueState(state: DialogueState): string {
  return Object.entries(state)
    .map(
      ([domain, slots]) =>
        `${domain}: ${Object.entries(slots)
          .map(([slot, value]) => `${slot}=${value}`)
          .join(', ')}`,
    )
    .join('; ');
}
