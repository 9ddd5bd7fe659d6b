import { runTurn as realRunTurn } from '../../core/agent/run-turn';
import { renderCall } from '../../core/format/python-literal';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { ACTION_LABEL, SYSTEM_LABEL } from '../../core/prompt/cra-constants';
import type { ToolArguments } from '../../core/tools/tool-definition';
import type { RunTurn, RunTurnOptions } from '../store-dependencies';

export interface TurnPlan {
  /** A tool the model calls before replying. */
  call?: { name: string; arguments: ToolArguments };
  /** Run the loop without the confirm hook (a broken loop): the store's guard must still refuse. */
  bypassConfirm?: boolean;
  /** The reply, as the deltas the model streams. */
  replyChunks: string[];
  /** Runs before each reply chunk (advance a fake clock, stop, reload, ...). */
  beforeChunk?: (index: number) => void | Promise<void>;
}

/**
 * The real turn loop, answered by the replay model following one plan per turn: the call (if
 * any), then the reply in exactly the given chunks. Store tests get exact control over chunks
 * and timing while everything but the model runs for real.
 */
export function createPlannedRunTurn(plans: TurnPlan[] | ((userText: string) => TurnPlan)) {
  const received: RunTurnOptions[] = [];
  const runTurn: RunTurn = (options) => {
    received.push(options);
    const plan = typeof plans === 'function' ? plans(options.userText) : plans[received.length - 1];
    if (!plan) throw new Error('No plan for this turn');
    const [first = '', ...later] = plan.replyChunks;
    const reply = [`${SYSTEM_LABEL} ${first}`, ...later];
    const replyCall = plan.call ? 2 : 1;
    const model = createReplayChatModel({
      outputs: plan.call ? [`${ACTION_LABEL} ${renderCall(plan.call)}`, reply] : [reply],
      beforeChunk: ({ call, index }) =>
        call === replyCall ? plan.beforeChunk?.(index) : undefined,
    });
    const { confirm, ...withoutConfirm } = options;
    const keepConfirm = confirm && !plan.bypassConfirm ? { confirm } : {};
    return realRunTurn({ ...withoutConfirm, model, ...keepConfirm });
  };
  return { runTurn, received };
}
