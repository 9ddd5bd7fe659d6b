import type { ParsedCall } from '../parse/parsed-output';
import type {
  ToolArguments,
  ToolContext,
  ToolDefinition,
  ToolError,
  ToolResult,
} from './tool-definition';
import { buildToolGrammar } from './tool-grammar';
import { validateCall } from './validate-call';

export type ValidationResult =
  { ok: true; tool: ToolDefinition; arguments: ToolArguments } | { ok: false; error: ToolError };

export interface GrammarOptions {
  /** Allow a `System: ...` reply instead of an action (default true). */
  allowReply?: boolean;
  /** Allow a leading `Thought: ...` line (default true). */
  allowThought?: boolean;
  /**
   * The prompt ends with an open `Thought:`, so the output starts with the thought's own text,
   * then a newline and the action or reply (default false; overrides allowThought).
   */
  cuedThought?: boolean;
}

export interface ToolRegistry {
  readonly tools: readonly ToolDefinition[];
  get(name: string): ToolDefinition | undefined;
  /** Numbered CRA signature lines: `1. FindRestaurants(area, food, price_range)`. */
  signatureLines(): string[];
  /** Checks and coerces arguments ("4" -> 4, "Centre" -> "centre"); reports unknown ones. */
  validate(call: ParsedCall): ValidationResult;
  /** Validates then executes; never throws (a throwing tool becomes a `tool-failed` error). */
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
  return {
    tools,
    get: (name) => byName.get(name),
    signatureLines: () =>
      tools.map(
        (tool, index) => `${index + 1}. ${tool.name}(${Object.keys(tool.parameters).join(', ')})`,
      ),
    validate,
    dispatch: async (call, context) => {
      try {
        const validation = validate(call);
        if (!validation.ok) return { ok: false, error: validation.error };
        const result: unknown = await validation.tool.execute(validation.arguments, context);
        return isToolResult(result)
          ? result
          : toolFailed(`${validation.tool.name} returned no result.`);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return toolFailed(`${String(call?.name)} failed: ${reason}`);
      }
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
