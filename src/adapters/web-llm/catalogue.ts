import {
  coalmFamily,
  estimatedDownloadBytes,
  fallbackFamilies,
  largestTensorBytes,
  type ModelFamily,
  type Quantization,
} from './model-families';
import type { EngineAppConfig, EngineModelRecord } from './web-llm-boundary';
import { coalmWeightsFolder, toWebLlmModelUrl } from './weights-url';

export interface CatalogueEntry {
  /** The web-llm model_id. */
  id: string;
  label: string;
  isCoalm: boolean;
  /** One honest line: what this model is (fallbacks say they are not CoALM). */
  note: string;
  quantization: Quantization;
  contextWindow: number;
  requiresShaderF16: boolean;
  downloadBytes: number;
  vramMB: number;
  largestTensorBytes: number;
  licence: string;
  /** null until checked with hasModelInCache. */
  cached: boolean | null;
  /** Where the weights come from, for the panel. */
  weightsUrl: string;
}

export interface CatalogueOptions {
  /** The weights URL setting (may be empty, relative, or hold `{quant}`). */
  weightsUrl: string;
  origin: string;
  /**
   * A folder holding self-hosted copies of the model library wasm (same file names as web-llm's
   * prebuilt ones), for demos that must not reach GitHub. Empty: use the prebuilt URLs.
   */
  modelLibFolder?: string;
}

function modelLibFor(prebuiltLib: string, options: CatalogueOptions): string {
  if (!options.modelLibFolder) return prebuiltLib;
  const fileName = prebuiltLib.slice(prebuiltLib.lastIndexOf('/') + 1);
  const folder = options.modelLibFolder.endsWith('/')
    ? options.modelLibFolder
    : `${options.modelLibFolder}/`;
  return new URL(fileName, new URL(folder, `${options.origin}/`)).href;
}

const quantizations: readonly Quantization[] = ['q4f16_1', 'q4f32_1'];

function findPrebuilt(list: readonly EngineModelRecord[], modelId: string): EngineModelRecord {
  const record = list.find((candidate) => candidate.model_id === modelId);
  if (!record)
    throw new Error(`web-llm's prebuilt list has no ${modelId}; was the package changed?`);
  return record;
}

function entryFor(
  family: ModelFamily,
  record: EngineModelRecord,
  quantization: Quantization,
  isCoalm: boolean,
): { entry: CatalogueEntry; record: EngineModelRecord } {
  const contextWindow = record.overrides?.context_window_size ?? 4096;
  const shortContext = contextWindow < 4096 ? `, ${Math.round(contextWindow / 1024)}k context` : '';
  const entry: CatalogueEntry = {
    id: record.model_id,
    label: `${family.displayName} (${quantization}${shortContext})`,
    isCoalm,
    note: family.note,
    quantization,
    contextWindow,
    requiresShaderF16: quantization === 'q4f16_1',
    downloadBytes: estimatedDownloadBytes(family, quantization),
    vramMB: record.vram_required_MB ?? 0,
    largestTensorBytes: largestTensorBytes(family),
    licence: family.licence,
    cached: null,
    weightsUrl: record.model,
  };
  return { entry, record };
}

/**
 * CoALM records reuse the prebuilt Llama 3.1 8B model library (same architecture), read from
 * the installed package so that the wasm always matches the runtime.
 */
function coalmRecords(
  prebuilt: readonly EngineModelRecord[],
  options: CatalogueOptions,
): { entry: CatalogueEntry; record: EngineModelRecord }[] {
  return quantizations.flatMap((quantization) =>
    ['', '-1k'].map((suffix) => {
      const base = findPrebuilt(prebuilt, `Llama-3.1-8B-Instruct-${quantization}-MLC${suffix}`);
      const folder = coalmWeightsFolder(options.weightsUrl, quantization, options.origin);
      const record: EngineModelRecord = {
        model: toWebLlmModelUrl(folder),
        model_id: `CoALM-8B-${quantization}-MLC${suffix}`,
        model_lib: modelLibFor(base.model_lib, options),
        ...(base.vram_required_MB === undefined ? {} : { vram_required_MB: base.vram_required_MB }),
        overrides: { context_window_size: base.overrides?.context_window_size ?? 4096 },
        ...(quantization === 'q4f16_1' ? { required_features: ['shader-f16'] } : {}),
      };
      const built = entryFor(coalmFamily, record, quantization, true);
      return { entry: { ...built.entry, weightsUrl: folder }, record };
    }),
  );
}

function fallbackRecords(prebuilt: readonly EngineModelRecord[]) {
  return fallbackFamilies.flatMap((family) =>
    quantizations.map((quantization) => {
      const base = findPrebuilt(prebuilt, `${family.prebuiltPrefix}-${quantization}-MLC`);
      const record: EngineModelRecord =
        quantization === 'q4f16_1' ? { ...base, required_features: ['shader-f16'] } : base;
      return entryFor(family, record, quantization, false);
    }),
  );
}

export interface Catalogue {
  entries: CatalogueEntry[];
  appConfig: EngineAppConfig;
}

/** Plain data in, plain data out: testable against the real prebuilt list in Node. */
export function buildCatalogue(
  prebuilt: readonly EngineModelRecord[],
  options: CatalogueOptions,
): Catalogue {
  const all = [...coalmRecords(prebuilt, options), ...fallbackRecords(prebuilt)];
  return {
    entries: all.map((item) => item.entry),
    appConfig: { model_list: all.map((item) => item.record) },
  };
}

/** The model to offer first: CoALM 8B at 4k in the quantization this GPU supports. */
export function recommendedEntryId(entries: readonly CatalogueEntry[], shaderF16: boolean): string {
  const quantization: Quantization = shaderF16 ? 'q4f16_1' : 'q4f32_1';
  const match = entries.find(
    (entry) => entry.isCoalm && entry.quantization === quantization && entry.contextWindow >= 4096,
  );
  return match?.id ?? entries[0]?.id ?? '';
}

/** After repeated device losses: the same model with a 1k context, else the smallest model. */
export function smallerAlternative(
  entries: readonly CatalogueEntry[],
  current: CatalogueEntry,
): CatalogueEntry | undefined {
  const shortContext = entries.find(
    (entry) =>
      entry.isCoalm === current.isCoalm &&
      entry.quantization === current.quantization &&
      entry.contextWindow < current.contextWindow &&
      entry.label.split(' (')[0] === current.label.split(' (')[0],
  );
  if (shortContext) return shortContext;
  return entries
    .filter((entry) => entry.vramMB < current.vramMB && entry.quantization === current.quantization)
    .sort((a, b) => b.vramMB - a.vramMB)[0];
}
