import type { ToolCall, ToolDefinition, ToolResult } from '../../core/tools/tool-definition';
import type { PendingConfirmation } from './chat-slice';
import { describeBookingCall } from './describe-booking-call';

/**
 * The only road to a booking tool. The turn loop asks `confirm` before a booking call; the
 * booking tools handed to the loop are wrapped so that they refuse to run unless `confirm`
 * granted exactly one permit for them first. Whatever a model output or a tool result says,
 * nothing is booked without the user (or the autoConfirm setting) saying yes.
 */
export function createConfirmationGate(options: {
  conversationId: string;
  autoConfirm: () => boolean;
  show: (pending: PendingConfirmation | null) => void;
  signal: AbortSignal;
}) {
  const permits = new Map<string, number>();
  let answer: ((confirmed: boolean) => void) | null = null;

  function settle(confirmed: boolean): void {
    const resolve = answer;
    answer = null;
    options.show(null);
    resolve?.(confirmed);
  }
  options.signal.addEventListener('abort', () => settle(false));

  async function confirm(call: ToolCall, tool: ToolDefinition): Promise<boolean> {
    if (tool.kind !== 'booking') return true;
    let confirmed = false;
    if (options.signal.aborted) confirmed = false;
    else if (options.autoConfirm()) confirmed = true;
    else {
      settle(false); // a second request replaces an unanswered one
      const { summary, details } = describeBookingCall(call, tool);
      confirmed = await new Promise<boolean>((resolve) => {
        answer = resolve;
        options.show({ conversationId: options.conversationId, call, summary, details });
      });
    }
    if (confirmed) permits.set(tool.name, (permits.get(tool.name) ?? 0) + 1);
    return confirmed;
  }

  function guard(tools: readonly ToolDefinition[]): ToolDefinition[] {
    return tools.map((tool) =>
      tool.kind !== 'booking'
        ? tool
        : {
            ...tool,
            execute: async (args, context): Promise<ToolResult> => {
              const available = permits.get(tool.name) ?? 0;
              if (available <= 0) {
                return {
                  ok: false,
                  error: {
                    code: 'not-confirmed',
                    message: 'The user has not confirmed this booking, so it was not made.',
                  },
                };
              }
              permits.set(tool.name, available - 1);
              return tool.execute(args, context);
            },
          },
    );
  }

  return { confirm, guard, resolve: settle };
}

export type ConfirmationGate = ReturnType<typeof createConfirmationGate>;
