import { describe, expect, it } from 'vitest';
import { coalmWeightsFolder, toWebLlmModelUrl } from './weights-url';

// web-llm 0.2.86's cleanModelUrl, restated so the test checks where files are actually fetched.
function webLlmBaseUrl(model: string): string {
  let url = model.endsWith('/') ? model : `${model}/`;
  if (!/.+\/resolve\/.+\//.test(url)) url += 'resolve/main/';
  return new URL(url).href;
}

describe('weights URL', () => {
  it('defaults to the same-origin models folder', () => {
    expect(coalmWeightsFolder('', 'q4f16_1', 'http://127.0.0.1:4173')).toBe(
      'http://127.0.0.1:4173/models/CoALM-8B-q4f16_1-MLC/',
    );
  });

  it('appends the quantization folder to a parent and resolves relative paths', () => {
    expect(coalmWeightsFolder('/weights', 'q4f32_1', 'https://a.example')).toBe(
      'https://a.example/weights/CoALM-8B-q4f32_1-MLC/',
    );
    expect(coalmWeightsFolder('https://cdn.example/{quant}/', 'q4f32_1', 'https://a.example')).toBe(
      'https://cdn.example/q4f32_1/',
    );
  });

  it('makes web-llm fetch from a plain folder itself', () => {
    const folder = 'https://a.example/models/CoALM-8B-q4f16_1-MLC/';
    expect(webLlmBaseUrl(toWebLlmModelUrl(folder))).toBe(folder);
    expect(webLlmBaseUrl(toWebLlmModelUrl(folder.slice(0, -1)))).toBe(folder);
  });

  it('leaves Hugging Face repositories and explicit resolve paths to web-llm', () => {
    const repo = 'https://huggingface.co/me/CoALM-8B-q4f16_1-MLC';
    expect(webLlmBaseUrl(toWebLlmModelUrl(repo))).toBe(`${repo}/resolve/main/`);
    const pinned = 'https://huggingface.co/me/CoALM/resolve/abc123/';
    expect(webLlmBaseUrl(toWebLlmModelUrl(pinned))).toBe(pinned);
  });
});
