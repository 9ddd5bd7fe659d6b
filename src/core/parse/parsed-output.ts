import type { ToolArguments } from '../tools/tool-definition';

/** A call as the model wrote it, before validation against the tool definitions. */
export interface ParsedCall {
  name: string;
  arguments: ToolArguments;
}

/** What the parser makes of one model output. It never throws: bad text becomes `malformed`. */
export type ParsedOutput =
  | { kind: 'actions'; thought?: string; calls: ParsedCall[] }
  | { kind: 'reply'; thought?: string; text: string }
  | { kind: 'malformed'; thought?: string; reason: string; text: string };
