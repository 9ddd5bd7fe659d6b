import type { AppState } from '../../store/app-store';
import type { UpdateSlice } from '../../store/update/app-update-slice';

/**
 * The update slice, or undefined in a store composed without it (component tests of other
 * areas build stores with only the slices they need).
 */
export function selectUpdate(state: AppState): UpdateSlice | undefined {
  const value = (state as unknown as { update?: unknown }).update;
  return typeof value === 'object' && value !== null ? (value as UpdateSlice) : undefined;
}
