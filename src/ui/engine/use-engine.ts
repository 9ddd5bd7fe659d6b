import type { EngineSlice } from '../../store/engine/engine-slice';
import { useAppStore } from '../app-store-context';

/** The engine slice; components read fields from it and call its actions. */
export function useEngine(): EngineSlice {
  return useAppStore((state) => state.engine);
}
