import type { ArgumentValue, ToolCall, ToolDefinition } from '../../core/tools/tool-definition';

/** Turns a booking call into the one line and the details the confirmation card shows. */
export function describeBookingCall(
  call: ToolCall,
  tool: ToolDefinition,
): { summary: string; details: Record<string, string> } {
  const details: Record<string, string> = {};
  for (const [name, value] of Object.entries(call.arguments)) details[name] = showValue(value);
  const pick = (...names: string[]) => names.map((name) => details[name]).find(Boolean);
  const venue = pick('name', 'restaurant', 'restaurant_name', 'hotel', 'hotel_name');
  const people = pick('people', 'book_people', 'tickets', 'party_size');
  const day = pick('day', 'book_day');
  const time = pick('time', 'book_time');
  const stay = pick('stay', 'book_stay', 'nights');
  const train = pick('train_id', 'trainid', 'train');
  const parts: string[] = [];
  const reference = pick('reference');
  if (/cancel/i.test(tool.name)) {
    parts.push(`Cancel booking ${reference ?? '(no reference given)'}`);
  } else if (tool.domain === 'train' || train) {
    parts.push(
      `Book ${people ?? 'seats'} ${people === '1' ? 'ticket' : 'tickets'} on train ${train ?? '?'}`,
    );
    if (day) parts.push(`on ${day}`);
  } else if (tool.domain === 'hotel') {
    parts.push(`Book ${venue ?? 'a hotel'}`, people ? `for ${people}` : '');
    if (day) parts.push(`from ${day}`);
    if (stay) parts.push(`for ${stay} ${stay === '1' ? 'night' : 'nights'}`);
  } else if (venue || people || day || time) {
    parts.push(`Book a table at ${venue ?? 'the restaurant'}`, people ? `for ${people}` : '');
    if (day) parts.push(`on ${day}`);
    if (time) parts.push(`at ${time}`);
  } else {
    const listed = Object.entries(details).map(([name, value]) => `${name} ${value}`);
    parts.push(`${tool.name}${listed.length > 0 ? `: ${listed.join(', ')}` : ''}`);
  }
  return { summary: parts.filter(Boolean).join(' '), details };
}

function showValue(value: ArgumentValue): string {
  if (Array.isArray(value)) return value.map(showValue).join(', ');
  return value === null ? 'none' : String(value);
}
