import type { ArgumentValue, ToolCall } from '../../core/tools/tool-definition';

/** A call shown the way the model writes it: Name(key='value', count=2). */
export function formatCall(call: ToolCall): string {
  const argumentsText = Object.entries(call.arguments)
    .map(([name, value]) => `${name}=${formatValue(value)}`)
    .join(', ');
  return `${call.name}(${argumentsText})`;
}

function formatValue(value: ArgumentValue): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
