import type { SliceApi } from './slice';

// STUB: owned by the evaluation work (issue 6). The second parameter is its own optional
// dependencies, so the store composition stays independent of what it needs.
export interface WalkthroughSlice {
  selectedId: string | null;
}

export function createWalkthroughSlice(
  _api: SliceApi<'walkthroughs'>,
  _dependencies?: Record<string, never>,
): WalkthroughSlice {
  return { selectedId: null };
}
