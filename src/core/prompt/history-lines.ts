import type { AgentStep, DialogueState, Turn } from '../conversation/conversation';
import { renderCall, renderObservation } from '../format/python-literal';
import {
  ACTION_LABEL,
  OBSERVATION_LABEL,
  STATE_SUMMARY_LABEL,
  SYSTEM_LABEL,
  THOUGHT_LABEL,
  USER_LABEL,
} from './cra-constants';

/** Every history line is one line: the model was trained on one labelled line per part. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function labelled(label: string, text: string): string {
  return `${label} ${oneLine(text)}`;
}

/** Older observations lose all but the first item of every list; counts stay. */
export function shortenObservationData(data: Record<string, unknown>): Record<string, unknown> {
  const shortened: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length > 1) {
      shortened[key] = value.slice(0, 1);
      shortened[`${key}_not_shown`] = value.length - 1;
    } else {
      shortened[key] = value;
    }
  }
  return shortened;
}

export function observationText(step: AgentStep, shorten: boolean): string {
  if (shorten && step.result?.ok)
    return renderObservation(shortenObservationData(step.result.data));
  return step.observation ?? '';
}

/** Thought / Action / Observation lines of the steps that ran a tool. */
export function toolStepLines(steps: readonly AgentStep[], shorten: boolean): string[] {
  const lines: string[] = [];
  for (const step of steps) {
    if (!step.call) continue;
    if (step.thought) lines.push(labelled(THOUGHT_LABEL, step.thought));
    lines.push(labelled(ACTION_LABEL, renderCall(step.call)));
    lines.push(labelled(OBSERVATION_LABEL, observationText(step, shorten)));
  }
  return lines;
}

/**
 * A finished turn as CRA history lines. A turn that never produced a reply (stopped before the
 * model said anything) leaves no trace, so the history never holds a question with no answer.
 */
export function turnHistoryLines(turn: Turn, shorten: boolean): string[] {
  if (turn.reply.trim() === '') return [];
  const lines = [labelled(USER_LABEL, turn.user), ...toolStepLines(turn.steps, shorten)];
  const last = turn.steps[turn.steps.length - 1];
  if (last && !last.call && last.thought) lines.push(labelled(THOUGHT_LABEL, last.thought));
  lines.push(labelled(SYSTEM_LABEL, turn.reply));
  return lines;
}

const summaryLines = new WeakMap<DialogueState, string>();

/** States are never changed once stored, so each one's line is rendered once. */
export function stateSummaryLine(state: DialogueState): string {
  let line = summaryLines.get(state);
  if (line === undefined) {
    line = `${STATE_SUMMARY_LABEL} ${renderObservation(state)}`;
    summaryLines.set(state, line);
  }
  return line;
}

/** The state after the last of `turns` that recorded one. */
export function latestState(turns: readonly Turn[]): DialogueState {
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const state = turns[index]?.state;
    if (state) return state;
  }
  return EMPTY_STATE;
}

const EMPTY_STATE: DialogueState = Object.freeze({});
