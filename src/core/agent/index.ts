/** The turn loop's public surface, for the store and the evaluator. */
export { runTurn, DEFAULT_MAX_STEPS, type RunTurnOptions } from './run-turn';
export { replyInProgress } from './reply-text';
export { observationFor, DECLINED_MESSAGE } from './tool-step';
export type { TurnEvent, TurnEndReason, TurnErrorKind } from './turn-events';
