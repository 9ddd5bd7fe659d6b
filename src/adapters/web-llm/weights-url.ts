import type { Quantization } from './model-families';

/** The folder name the build script writes and the default same-origin location uses. */
export function coalmFolderName(quantization: Quantization): string {
  return `CoALM-8B-${quantization}-MLC`;
}

/**
 * Where the CoALM weights for one quantization live. The configured value may hold `{quant}`
 * (replaced), name a parent folder (the quantization folder is appended), or be empty (the
 * app's own `/models/` folder). Relative values are made absolute: web-llm needs that.
 */
export function coalmWeightsFolder(
  configured: string,
  quantization: Quantization,
  origin: string,
): string {
  const trimmed = configured.trim();
  const base = trimmed === '' ? '/models/' : trimmed;
  const withQuant = base.includes('{quant}')
    ? base.replaceAll('{quant}', quantization)
    : `${base.endsWith('/') ? base : `${base}/`}${coalmFolderName(quantization)}/`;
  return new URL(withQuant, `${origin}/`).href;
}

const huggingFaceHosts = new Set(['huggingface.co', 'hf.co']);

/**
 * web-llm 0.2.86 appends `resolve/main/` to a model URL unless it matches `/resolve/<x>/`.
 * That suits a Hugging Face repository; for a plain folder we append `resolve/../`, which
 * satisfies the check and, once web-llm normalises the URL, points back at the folder itself.
 */
export function toWebLlmModelUrl(folderUrl: string): string {
  const withSlash = folderUrl.endsWith('/') ? folderUrl : `${folderUrl}/`;
  if (/.+\/resolve\/.+\//.test(withSlash)) return withSlash;
  if (huggingFaceHosts.has(new URL(withSlash).hostname)) return withSlash;
  return `${withSlash}resolve/../`;
}
