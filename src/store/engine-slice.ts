import type { ChatModel } from '../core/model/chat-model';
import type { SliceApi } from './slice';

// STUB: owned by the engine work (issue 5); the shape below is the contract other slices use.
// The second parameter is the slice's own optional dependencies (fakes in tests).
export type EngineStatus = 'none' | 'scripted' | 'loading' | 'ready' | 'error';

export interface EngineSlice {
  status: EngineStatus;
  /** Human-readable one-liner for the header ("Scripted replies: no model is running"). */
  label: string;
  /** The model the agent talks to, or null when none is loaded. */
  getChatModel(): ChatModel | null;
}

export function createEngineSlice(
  _api: SliceApi<'engine'>,
  _dependencies?: Record<string, never>,
): EngineSlice {
  return { status: 'none', label: 'No model loaded', getChatModel: () => null };
}
