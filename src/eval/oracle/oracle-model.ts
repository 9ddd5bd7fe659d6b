/**
 * A model that plays the ideal agent of a walkthrough (or one with a deliberate mistake): it
 * emits the expected calls, then a reply written from the real observations. It is driven by
 * the turn loop's own events, so it needs no knowledge of how the loop sequences its calls, and
 * what it says is recorded as the scripted outputs that later replay through the same loop.
 */
import type { TurnEvent } from '../../core/agent/turn-events';
import type { ChatModel } from '../../core/model/chat-model';
import { createReplayChatModel } from '../../core/model/replay-chat-model';
import { renderCall } from '../../core/format/python-literal';
import { ACTION_LABEL, SYSTEM_LABEL } from '../../core/prompt/cra-constants';
import type { ToolKind } from '../../core/tools/tool-definition';
import type { EntityRecord } from '../trace-facts';
import type { ExpectedCall, Mistake, Walkthrough } from '../walkthrough';
import { composeReply, type ObservedCall } from './reply-composer';

export interface OracleModel {
  model: ChatModel;
  /** Feed every turn event here, in order. */
  observe(event: TurnEvent): void;
  /** Everything the oracle has said so far, one entry per model call. */
  readonly outputs: readonly string[];
}

export interface ToolLookup {
  (name: string): { kind: ToolKind; domain?: string } | undefined;
}

function plannedCalls(walkthrough: Walkthrough, turn: number, mistake?: Mistake): ExpectedCall[] {
  const calls = (walkthrough.turns[turn]?.expectedCalls ?? []).map((call) => ({
    name: call.name,
    arguments: { ...call.arguments },
  }));
  if (
    (mistake?.kind === 'wrong-slot-value' || mistake?.kind === 'wrong-booking-value') &&
    mistake.turn === turn
  ) {
    const target = calls.find((call) => mistake.argument in call.arguments);
    if (target) target.arguments[mistake.argument] = mistake.value;
  }
  if (mistake?.kind === 'premature-booking' && mistake.turn === turn) calls.push(mistake.call);
  return calls;
}

export function createOracleModel(
  walkthrough: Walkthrough,
  lookup: ToolLookup,
  mistake?: Mistake,
): OracleModel {
  const outputs: string[] = [];
  let turn = 0;
  let stage: string = 'action';
  let pending = plannedCalls(walkthrough, 0, mistake);
  let observed: ObservedCall[] = [];
  const callKinds = new Map<string, { name: string; kind: string; domain: string }>();
  const focusByDomain = new Map<string, EntityRecord>();
  let lastDomain = '';

  const reply = () => {
    const spec = walkthrough.turns[turn];
    const mention = (spec?.mention ?? []).filter(
      (attribute) => !(mistake?.kind === 'missing-request' && mistake.attribute === attribute),
    );
    if (spec?.asks && spec.systemReply) return spec.systemReply;
    const focus = focusByDomain.get(lastDomain);
    const text = composeReply(observed, mention, spec?.systemReply, focus);
    const focusName = focus?.['name'];
    if (mistake?.kind === 'wrong-venue' && mistake.turn === turn && typeof focusName === 'string')
      return text.split(focusName).join(mistake.venue);
    return text;
  };

  const nextOutput = () => {
    const call = stage === 'repair' ? undefined : pending.shift();
    return call ? `${ACTION_LABEL} ${renderCall(call)}` : `${SYSTEM_LABEL} ${reply()}`;
  };

  const model = createReplayChatModel({
    id: mistake ? `oracle-${mistake.kind}` : 'oracle',
    outputs: () => {
      const text = nextOutput();
      outputs.push(text);
      return text;
    },
  });

  const observe = (event: TurnEvent) => {
    if (event.type === 'model-request') stage = event.stage;
    if (event.type === 'tool-call') {
      const tool = lookup(event.call.name);
      callKinds.set(event.call.id, {
        name: event.call.name,
        kind: tool?.kind ?? 'search',
        domain: tool?.domain ?? lastDomain,
      });
    }
    if (event.type === 'tool-result') {
      const tool = callKinds.get(event.callId) ?? { name: '', kind: 'search', domain: '' };
      observed.push({ name: tool.name, kind: tool.kind, result: event.result });
      lastDomain = tool.domain;
      const results = event.result.ok ? event.result.data['results'] : undefined;
      if (tool.kind === 'search' && Array.isArray(results) && results[0])
        focusByDomain.set(tool.domain, results[0] as EntityRecord);
    }
    if (event.type === 'turn-end') {
      turn += 1;
      pending = plannedCalls(walkthrough, turn, mistake);
      observed = [];
    }
  };

  return { model, observe, outputs };
}
