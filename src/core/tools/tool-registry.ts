import type { ParsedCall } from '../parse/parsed-output';
import type { ToolContext, ToolDefinition, ToolResult } from './tool-definition';
import { buildToolGrammar, type GrammarOptions } from './tool-grammar';
import { validateCall, type ValidationResult } from './validate-call';

export type ValidCall = Extract<ValidationResult, { ok: true }>;

export interface ToolRegistry {
  readonly tools: readonly ToolDefinition[];
  get(name: string): ToolDefinition | undefined;
  /** Numbered CRA signature lines: `1. FindRestaurants(area, food, price_range)`. */
  signatureLines(): string[];
  /**
   * The one validation: checks, coerces and resolves arguments ("4" -> 4, "Centre" -> "centre",
   * a venue to its listed name) and reports the first problem as data.
   */
  validate(call: ParsedCall): ValidationResult;
  /** Runs a validated call; never throws (a throwing tool becomes a `tool-failed` error). */
  run(call: ValidCall, context: ToolContext): Promise<ToolResult>;
  /** validate, then run: for callers with nothing to do in between (no confirmation). */
  dispatch(call: ParsedCall, context: ToolContext): Promise<ToolResult>;
  /** EBNF (xgrammar dialect, `root` rule) accepting exactly the well-formed outputs. */
  grammar(options?: GrammarOptions): string;
}

/** Every error code the registry itself produces; tools may add their own (no-match, ...). */
export const registryErrorCodes = [
  'unknown-tool',
  'missing-argument',
  'invalid-argument',
  'unknown-argument',
  'tool-failed',
] as const;

export function createToolRegistry(tools: readonly ToolDefinition[]): ToolRegistry {
  const names = new Set<string>();
  for (const tool of tools) {
    if (names.has(tool.name)) throw new Error(`Two tools are named ${tool.name}`);
    names.add(tool.name);
  }
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const validate = (call: ParsedCall) => validateCall(tools, call);
  const run = async (call: ValidCall, context: ToolContext): Promise<ToolResult> => {
    // A stopped turn must not book anything, even when the call was already on its way.
    if (context.signal?.aborted)
      return { ok: false, error: { code: 'aborted', message: `${call.tool.name} was stopped.` } };
    // The one catch-all between a tool and the turn loop: a bug or a storage failure in a tool
    // becomes an observation the model can explain, never an exception through the loop.
    try {
      const result: unknown = await call.tool.execute(call.arguments, context);
      return isToolResult(result) ? result : toolFailed(`${call.tool.name} returned no result.`);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return toolFailed(`${call.tool.name} failed: ${reason}`);
    }
  };
  return {
    tools,
    get: (name) => byName.get(name),
    signatureLines: () =>
      tools.map(
        (tool, index) => `${index + 1}. ${tool.name}(${Object.keys(tool.parameters).join(', ')})`,
      ),
    validate,
    run,
    dispatch: async (call, context) => {
      const validation = validate(call);
      return validation.ok ? run(validation, context) : validation;
    },
    grammar: (options) => buildToolGrammar(tools, options),
  };
}

function toolFailed(message: string): ToolResult {
  return { ok: false, error: { code: 'tool-failed', message } };
}

function isToolResult(value: unknown): value is ToolResult {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { ok?: unknown; data?: unknown; error?: unknown };
  if (candidate.ok === true) return typeof candidate.data === 'object' && candidate.data !== null;
  return candidate.ok === false && typeof candidate.error === 'object' && candidate.error !== null;
}
