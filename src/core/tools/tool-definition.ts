/**
 * A tool is defined once, as data plus an `execute` function. The CRA signature line, argument
 * validation and coercion, dispatch and the decoding grammar are all derived from this shape.
 */

export type ArgumentValue = string | number | boolean | null | ArgumentValue[];
export type ToolArguments = Record<string, ArgumentValue>;

declare const validated: unique symbol;
/**
 * Arguments that passed the one validator (validate-call.ts), which alone makes them: a tool's
 * `execute` can only be handed checked, coerced and resolved values, never raw model output.
 */
export type ValidArguments = Readonly<Record<string, string | number | boolean>> & {
  readonly [validated]: true;
};

interface ParameterBase {
  description: string;
  /** Defaults to true. */
  required?: boolean;
}

export interface StringParameter extends ParameterBase {
  type: 'string';
  /** Canonicalise a user value ("7pm" -> "19:00"); return undefined to reject it. */
  normalize?: (raw: string) => string | undefined;
  /** Shown in error messages when normalize rejects a value, e.g. "a time as HH:MM". */
  format?: string;
  /**
   * The value must name exactly one of these (compared after `normalize` on both sides); the
   * name as listed here is what the tool, the dialogue state and the confirmation card get.
   * Anything else is refused with the near names, so nothing is booked on a guess.
   */
  choices?: { noun: string; names: () => readonly string[] };
}

export interface IntegerParameter extends ParameterBase {
  type: 'integer';
  minimum?: number;
  maximum?: number;
}

export interface NumberParameter extends ParameterBase {
  type: 'number';
  minimum?: number;
  maximum?: number;
}

export interface BooleanParameter extends ParameterBase {
  type: 'boolean';
}

export interface EnumParameter extends ParameterBase {
  type: 'enum';
  values: readonly string[];
  /** Map synonyms onto `values` ("center" -> "centre"); return undefined when unknown. */
  normalize?: (raw: string) => string | undefined;
}

export type ParameterSpec =
  StringParameter | IntegerParameter | NumberParameter | BooleanParameter | EnumParameter;

/**
 * search: reads the world. booking: changes it and therefore needs the user's confirmation
 * before it runs. lookup: reads a booking.
 */
export type ToolKind = 'search' | 'booking' | 'lookup';

export interface ToolError {
  /** e.g. "missing-argument", "invalid-argument", "unknown-argument", "unknown-tool", "no-match", "unavailable", "tool-failed" */
  code: string;
  message: string;
  argument?: string;
  allowed?: string;
}

export type ToolResult =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; error: ToolError; data?: Record<string, unknown> };

export interface ToolContext {
  /** Conversation the call belongs to (bookings are idempotent per conversation). */
  conversationId: string;
  signal?: AbortSignal;
}

export interface ToolDefinition {
  name: string;
  description: string;
  kind: ToolKind;
  /** Dialogue-state domain, e.g. "restaurant", "hotel", "train". */
  domain?: string;
  /** Insertion order is the order of the CRA signature. */
  parameters: Readonly<Record<string, ParameterSpec>>;
  /** Receives arguments already validated, coerced and resolved against `parameters`. */
  execute(args: ValidArguments, context: ToolContext): Promise<ToolResult>;
}

/** What a parameter accepts, in words a model reads: "one of: north, south" / "an integer from 1 to 8". */
export function describeParameter(spec: ParameterSpec): string {
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const noun = spec.type === 'integer' ? 'an integer' : 'a finite number';
      if (spec.minimum !== undefined && spec.maximum !== undefined) {
        return `${noun} from ${spec.minimum} to ${spec.maximum}`;
      }
      if (spec.minimum !== undefined) return `${noun} of at least ${spec.minimum}`;
      if (spec.maximum !== undefined) return `${noun} of at most ${spec.maximum}`;
      return noun;
    }
    case 'boolean':
      return 'True or False';
    case 'string':
      return spec.format ?? 'a non-empty string';
    case 'enum':
      return `one of: ${spec.values.join(', ')}`;
  }
}

/** A validated text argument (undefined when an optional one was not given). */
export function textArgument(args: ValidArguments, name: string): string | undefined {
  const value = args[name];
  return typeof value === 'string' ? value : undefined;
}

/** A validated number argument (undefined when an optional one was not given). */
export function numberArgument(args: ValidArguments, name: string): number | undefined {
  const value = args[name];
  return typeof value === 'number' ? value : undefined;
}

export interface ToolCall {
  /** Unique within a conversation; assigned by the turn loop. */
  id: string;
  name: string;
  arguments: ToolArguments;
}
