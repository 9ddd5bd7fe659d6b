import type { DialogueState } from '../conversation/conversation';
import { renderObservation } from '../format/python-literal';
import type { ParsedCall } from '../parse/parsed-output';
import { updateDialogueState } from '../state/dialogue-state';
import type { ToolCall, ToolDefinition, ToolResult } from '../tools/tool-definition';
import type { ToolRegistry } from '../tools/tool-registry';
import { raceAbort } from './abortable';
import type { TurnErrorKind, TurnEvent } from './turn-events';

export interface ToolStepContext {
  tools: ToolRegistry;
  conversationId: string;
  nextId(): string;
  confirm?: (call: ToolCall, tool: ToolDefinition) => Promise<boolean>;
  signal?: AbortSignal;
}

export const DECLINED_MESSAGE = 'The user declined this booking, so nothing was booked.';

/** What the model sees for a result: the data, or the error as data it can act on. */
export function observationFor(result: ToolResult): string {
  if (result.ok) return renderObservation(result.data);
  const { code, message, argument, allowed } = result.error;
  return renderObservation({
    error: code,
    message,
    ...(argument === undefined ? {} : { argument }),
    ...(allowed === undefined ? {} : { allowed }),
    ...(result.data ?? {}),
  });
}

function failureKind(code: string, validated: boolean): TurnErrorKind | undefined {
  if (code === 'unknown-tool') return 'unknown-tool';
  if (code === 'tool-failed') return 'tool-failed';
  if (code === 'declined') return 'declined';
  if (!validated || code.endsWith('-argument')) return 'invalid-arguments';
  return undefined;
}

/**
 * Validates once, confirms (bookings) and runs one call, reporting it as events for step `step`.
 * The call that is reported, shown on the confirmation card and run is the validated one
 * (canonical values, a venue resolved to its listed name), so the card shows exactly what will be
 * booked. Every failure becomes an observation for the model; only an abort while confirming
 * escapes (TurnAborted). Returns the dialogue state after the call.
 */
export async function* runToolStep(
  context: ToolStepContext,
  step: number,
  parsed: ParsedCall,
  state: DialogueState,
): AsyncGenerator<TurnEvent, DialogueState> {
  const validation = context.tools.validate(parsed);
  const call: ToolCall = {
    id: context.nextId(),
    name: validation.ok ? validation.tool.name : parsed.name,
    arguments: validation.ok ? validation.arguments : parsed.arguments,
  };
  const needsConfirmation = validation.ok && validation.tool.kind === 'booking';
  yield { type: 'tool-call', step, call, needsConfirmation };

  let result: ToolResult;
  let nextState = state;
  if (!validation.ok) {
    result = validation;
  } else {
    const confirmed =
      needsConfirmation && context.confirm
        ? await raceAbort(context.confirm(call, validation.tool), context.signal)
        : true;
    if (confirmed) {
      // Not raced against the abort: a booking that has started is seen through and recorded,
      // so the turn never claims nothing happened while the booking lands in the background.
      // Tools get the signal and may stop early themselves.
      const options = context.signal
        ? { conversationId: context.conversationId, signal: context.signal }
        : { conversationId: context.conversationId };
      result = await context.tools.run(validation, options);
      nextState = updateDialogueState(state, validation.tool, validation.arguments, result);
    } else {
      result = { ok: false, error: { code: 'declined', message: DECLINED_MESSAGE } };
    }
  }
  const observation = observationFor(result);
  // A search with no match is an ordinary outcome; a rejected, failed or declined call is not.
  const kind = result.ok ? undefined : failureKind(result.error.code, validation.ok);
  if (!result.ok && kind) {
    yield { type: 'error', step, kind, message: result.error.message };
  }
  yield {
    type: 'tool-result',
    step,
    callId: call.id,
    result,
    observation,
  };
  return nextState;
}
