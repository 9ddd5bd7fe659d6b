import type { ParameterSpec } from '../../core/tools/tool-definition';
import { normalizeStation } from '../normalize/normalize-values';
import { DONT_CARE, STATIONS } from '../world/vocabulary';

export function stationParameter(description: string): ParameterSpec {
  return {
    type: 'enum',
    description,
    values: [...STATIONS, DONT_CARE],
    normalize: normalizeStation,
    required: false,
  };
}
