// Sizes of the model families the catalogue offers. web-llm's prebuilt list carries VRAM but not
// the download size or the biggest single tensor, so both are derived from the architecture:
// 4-bit weights plus one scale per group of 32 (f16 scales: 4.5 bits a weight, f32: 5 bits).

export type Quantization = 'q4f16_1' | 'q4f32_1';

export interface ModelFamily {
  key: string;
  displayName: string;
  parameters: number;
  vocabulary: number;
  hiddenSize: number;
  licence: string;
  /** Shown beside the name: fallbacks are not CoALM. */
  note: string;
}

const zeroShot = 'not CoALM: same prompts, zero-shot';

export const coalmFamily: ModelFamily = {
  key: 'coalm-8b',
  displayName: 'CoALM 8B',
  parameters: 8.03e9,
  vocabulary: 128_256,
  hiddenSize: 4096,
  licence: 'CC BY-NC 4.0 (non-commercial) + Llama 3.1 Community Licence',
  note: 'the fine-tuned conversational agent model',
};

export const fallbackFamilies: readonly (ModelFamily & { prebuiltPrefix: string })[] = [
  {
    key: 'llama-3.1-8b',
    prebuiltPrefix: 'Llama-3.1-8B-Instruct',
    displayName: 'Llama 3.1 8B Instruct',
    parameters: 8.03e9,
    vocabulary: 128_256,
    hiddenSize: 4096,
    licence: 'Llama 3.1 Community Licence',
    note: `${zeroShot} (CoALM's base model)`,
  },
  {
    key: 'llama-3.2-3b',
    prebuiltPrefix: 'Llama-3.2-3B-Instruct',
    displayName: 'Llama 3.2 3B Instruct',
    parameters: 3.21e9,
    vocabulary: 128_256,
    hiddenSize: 3072,
    licence: 'Llama 3.2 Community Licence',
    note: zeroShot,
  },
  {
    key: 'qwen2.5-3b',
    prebuiltPrefix: 'Qwen2.5-3B-Instruct',
    displayName: 'Qwen2.5 3B Instruct',
    parameters: 3.09e9,
    vocabulary: 151_936,
    hiddenSize: 2048,
    licence: 'Qwen Research Licence (non-commercial)',
    note: zeroShot,
  },
  {
    key: 'qwen2.5-1.5b',
    prebuiltPrefix: 'Qwen2.5-1.5B-Instruct',
    displayName: 'Qwen2.5 1.5B Instruct',
    parameters: 1.54e9,
    vocabulary: 151_936,
    hiddenSize: 1536,
    licence: 'Apache 2.0',
    note: zeroShot,
  },
];

const bitsPerWeight: Record<Quantization, number> = { q4f16_1: 4.5, q4f32_1: 5 };

export function estimatedDownloadBytes(family: ModelFamily, quantization: Quantization): number {
  return Math.round((family.parameters * bitsPerWeight[quantization]) / 8);
}

/** The embedding table's packed 4-bit weights: the largest buffer the GPU must bind at once. */
export function largestTensorBytes(family: ModelFamily): number {
  return (family.vocabulary * family.hiddenSize) / 2;
}
