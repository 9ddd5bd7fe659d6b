import type {
  ParameterSpec,
  ToolContext,
  ToolDefinition,
  ToolResult,
} from '../../core/tools/tool-definition';
import type { CheckedArguments } from './check-arguments';
import { checkArguments } from './check-arguments';

/**
 * Wraps a tool body so that it only ever sees checked, normalised arguments and never lets an
 * exception reach the caller: a bug or a storage failure becomes a `tool-failed` result.
 */
export function guardedExecute(
  parameters: Readonly<Record<string, ParameterSpec>>,
  run: (values: CheckedArguments, context: ToolContext) => Promise<ToolResult>,
): ToolDefinition['execute'] {
  return async (args, context) => {
    // A stopped turn must not book anything, even when the call was already on its way.
    if (context.signal?.aborted)
      return { ok: false, error: { code: 'aborted', message: 'The call was stopped.' } };
    try {
      const checked = checkArguments(parameters, args);
      if (!checked.ok) return { ok: false, error: checked.error };
      return await run(checked.values, context);
    } catch (error) {
      return {
        ok: false,
        error: {
          code: 'tool-failed',
          message: `The booking system failed: ${error instanceof Error ? error.message : String(error)}`,
        },
      };
    }
  };
}

/** Reads a checked value with the type its parameter spec guarantees. */
export const textValue = (values: CheckedArguments, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};
export const numberValue = (values: CheckedArguments, name: string): number | undefined => {
  const value = values[name];
  return typeof value === 'number' ? value : undefined;
};
