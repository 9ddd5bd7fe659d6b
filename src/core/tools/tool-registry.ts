import type { ParsedCall } from '../parse/parsed-output';
import type {
  ToolArguments,
  ToolContext,
  ToolDefinition,
  ToolError,
  ToolResult,
} from './tool-definition';

// STUB: contract only; the tools work replaces the body.
export type ValidationResult =
  { ok: true; tool: ToolDefinition; arguments: ToolArguments } | { ok: false; error: ToolError };

export interface GrammarOptions {
  /** Allow a `System: ...` reply instead of an action (default true). */
  allowReply?: boolean;
  /** Allow a leading `Thought: ...` line (default true). */
  allowThought?: boolean;
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

export function createToolRegistry(tools: readonly ToolDefinition[]): ToolRegistry {
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  return {
    tools,
    get: (name) => byName.get(name),
    signatureLines: () =>
      tools.map(
        (tool, index) => `${index + 1}. ${tool.name}(${Object.keys(tool.parameters).join(', ')})`,
      ),
    validate: (call) => {
      const tool = byName.get(call.name);
      return tool
        ? { ok: true, tool, arguments: call.arguments }
        : { ok: false, error: { code: 'unknown-tool', message: `Unknown tool ${call.name}` } };
    },
    dispatch: async (call, context) => {
      const tool = byName.get(call.name);
      if (!tool)
        return { ok: false, error: { code: 'unknown-tool', message: `Unknown tool ${call.name}` } };
      return tool.execute(call.arguments, context);
    },
    grammar: () => 'root ::= [^]*',
  };
}
