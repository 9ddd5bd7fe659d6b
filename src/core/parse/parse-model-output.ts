import type { ParsedOutput } from './parsed-output';

// STUB: contract only; the parser work replaces the body.
export function parseModelOutput(text: string): ParsedOutput {
  return { kind: 'malformed', reason: 'parser not implemented yet', text };
}
